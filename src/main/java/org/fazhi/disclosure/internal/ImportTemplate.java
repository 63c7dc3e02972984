package org.fazhi.disclosure.internal;

import java.util.List;
import org.fazhi.platform.Spreadsheets;

/**
 * The Excel template for importing existing 依申请公开 requests (documented in {@code docs/disclosure.md}): one
 * row per request on the first sheet, header in row 1, the columns below in this order; a second sheet explains
 * each column and its allowed values.
 */
public final class ImportTemplate {

    /** Column headers, in order. */
    public static final List<String> COLUMNS = List.of("办理单位", "申请人类型", "申请人", "申请方式", "提交日期",
            "挂号信签收日期", "双方确认日期", "申请内容", "答复日期", "办理结果", "结果说明");

    static final int UNIT = 0;
    static final int TYPE = 1;
    static final int NAME = 2;
    static final int CHANNEL = 3;
    static final int SUBMITTED = 4;
    static final int SIGNED = 5;
    static final int CONFIRMED = 6;
    static final int CONTENT = 7;
    static final int REPLIED = 8;
    static final int OUTCOME = 9;
    static final int NOTE = 10;

    private static final List<String> NOTES = List.of(
            "每行一件申请，第一行为表头，请勿改动列的顺序；文件不超过2MB，只接受 .xlsx。",
            "办理单位：必填，单位名录中的全称、简称或别名；未知单位整表不导入。",
            "申请人类型：必填，自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他。",
            "申请人：必填。申请内容：必填。",
            "申请方式：当面提交、邮寄（挂号信）、邮寄（平信）、网络、传真、其他；空白按当面提交。",
            "收到申请日期按《政府信息公开条例》第三十一条：当面提交填“提交日期”；挂号信填“挂号信签收日期”；"
                    + "平信、网络、传真、其他填“双方确认日期”。缺少该日期的行不导入；收到日期不得早于提交日期。",
            "日期：Excel 日期，或 2025-09-30、2025/9/30、2025.9.30、2025年9月30日。",
            "答复日期、办理结果：已答复的申请填写，答复日期不得早于收到日期（第三十三条）；办理结果填写系统中的名称，"
                    + "如“予以公开”“部分公开”“不予公开：属于国家秘密”“无法提供：本机关不掌握相关政府信息”"
                    + "“不予处理：重复申请”“其他处理：其他”（完整列表见 docs/disclosure.md）。结果说明：可空。",
            "补正、征求第三方意见、延期等过程不导入，需要时导入后在案件页面登记。",
            "重复导入：办理单位、收到日期、申请人和申请内容均与已登记申请相同的行将被跳过（预览中列出），不会重复登记。",
            "导入先预览，任何一行有误则整表不导入；无误后一次性导入，每件申请记录导入人和时间。");

    private ImportTemplate() {
    }

    /** The template workbook as .xlsx bytes. */
    public static byte[] xlsx() {
        return Spreadsheets.template("依申请公开", COLUMNS, NOTES);
    }
}
