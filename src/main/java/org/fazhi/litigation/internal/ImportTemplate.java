package org.fazhi.litigation.internal;

import java.util.List;
import org.fazhi.platform.Spreadsheets;

/**
 * The Excel template for importing existing 行政应诉 cases (documented in {@code docs/litigation.md}): one row
 * per case and instance on the first sheet, header in row 1, the columns below in this order; a second sheet
 * explains each column and its allowed values.
 */
public final class ImportTemplate {

    /** Column headers, in order. */
    public static final List<String> COLUMNS = List.of("被告单位", "受理法院", "案号", "原告", "被诉行政行为", "审级",
            "收到起诉状副本日期", "提交答辩状日期", "裁判日期", "裁判结果");

    static final int UNIT = 0;
    static final int COURT = 1;
    static final int CASE_NUMBER = 2;
    static final int PLAINTIFF = 3;
    static final int ACT = 4;
    static final int INSTANCE = 5;
    static final int RECEIVED = 6;
    static final int DEFENCE = 7;
    static final int JUDGMENT_ON = 8;
    static final int RESULT = 9;

    private static final List<String> NOTES = List.of(
            "每行一个案件的一个审级，第一行为表头，请勿改动列的顺序；文件不超过2MB，只接受 .xlsx。",
            "被告单位：必填，单位名录中的全称、简称或别名；未知单位整表不导入。",
            "受理法院、案号、原告、被诉行政行为：必填。",
            "审级：一审、二审、再审；空白按一审。",
            "收到起诉状副本日期：必填，答辩期限（十五日，行政诉讼法第六十七条）由此计算。",
            "日期：Excel 日期，或 2025-09-30、2025/9/30、2025.9.30、2025年9月30日；均不得晚于今天。",
            "提交答辩状日期：已答辩的填写，不得早于收到起诉状副本日期。",
            "裁判日期、裁判结果：已审结的填写，不得早于收到起诉状副本日期；裁判结果：驳回诉讼请求、撤销或部分撤销、"
                    + "判决履行法定职责或给付义务、确认违法、确认无效、变更、判决赔偿或补偿、裁定驳回起诉、原告撤诉、调解结案、其他。",
            "开庭及出庭情况、司法建议、履行情况不导入，需要时导入后在案件页面登记。",
            "重复导入：被告单位、案号和审级与已登记案件相同的行将被跳过（预览中列出），不会重复登记。",
            "导入先预览，任何一行有误则整表不导入；无误后一次性导入，每个案件记录导入人和时间。");

    private ImportTemplate() {
    }

    /** The template workbook as .xlsx bytes. */
    public static byte[] xlsx() {
        return Spreadsheets.template("行政应诉案件", COLUMNS, NOTES);
    }
}
