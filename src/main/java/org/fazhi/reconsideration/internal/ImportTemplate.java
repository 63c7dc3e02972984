package org.fazhi.reconsideration.internal;

import java.util.List;
import org.fazhi.platform.Spreadsheets;

/**
 * The Excel template for importing existing 行政复议 cases (documented in {@code docs/reconsideration.md}): one
 * row per case on the first sheet, header in row 1, the columns below in this order; a second sheet explains
 * each column.
 */
public final class ImportTemplate {

    /** Column headers, in order. */
    public static final List<String> COLUMNS = List.of("申请人", "被申请人", "被申请复议的行政行为", "申请方式",
            "收到申请日期", "知道行政行为之日", "是否告知申请权利", "受理日期", "审理程序", "决定日期", "决定类型");

    private static final List<String> NOTES = List.of(
            "每行一个案件，第一行为表头，请勿改动列的顺序；文件不超过2MB，只接受 .xlsx。",
            "申请人：必填。",
            "被申请人：必填，单位名录中的全称、简称或别名（如“船山区人民政府”“市发展改革委”）；未知单位整表不导入。",
            "被申请复议的行政行为：必填。",
            "申请方式：当面递交、邮寄、网上申请、口头申请、转送；空白按当面递交。",
            "日期：Excel 日期，或 2025-01-24、2025/1/24、2025.1.24、2025年1月24日。",
            "收到申请日期、知道行政行为之日：必填；超过第二十条申请期限的照常导入并标记。",
            "是否告知申请权利：是/否；空白按“是”。",
            "受理日期、审理程序（普通程序/简易程序）：已受理的案件填写；受理日期须在受理审查期限内（第三十条）。",
            "决定日期、决定类型：已审结的案件填写；决定类型：变更、撤销、部分撤销、确认违法、责令履行、确认无效、维持、"
                    + "驳回复议请求、驳回申请、调解结案、和解撤回、终止。",
            "通知补正、发送副本、答复、听证、延长、中止等中间环节不导入，需要时导入后在案件页面登记。",
            "重复导入：被申请人、收到申请日期、申请人和被申请复议的行政行为与已登记案件相同的行将被跳过（预览中列出），不会重复登记。",
            "导入先预览，任何一行有误则整表不导入；无误后一次性导入，每个案件记录导入人和时间。");

    private ImportTemplate() {
    }

    /** The template workbook as .xlsx bytes. */
    public static byte[] xlsx() {
        return Spreadsheets.template("行政复议案件", COLUMNS, NOTES);
    }
}
