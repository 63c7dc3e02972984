package org.fazhi.plan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Word notices with a 任务分工表 and Excel ledgers, columns recognised by their header words. */
class OfficeNoticesTest {

    private static final List<String> COVER = List.of(
            "某市人民政府办公室关于印发某市2023年法治政府建设重点任务分工方案的通知",
            "某府办发〔2023〕21号",
            "各县（市、区）人民政府，市直各部门：",
            "《某市2023年法治政府建设重点任务分工方案》已经市政府同意，现印发给你们，请认真贯彻执行。",
            "某市人民政府办公室",
            "2023年4月10日",
            "某市2023年法治政府建设重点任务分工方案");

    private static final String[][] TASK_TABLE = {
        {"序号", "重点任务", "工作内容（具体措施）", "牵头单位", "责任单位（配合单位）", "完成时限"},
        {"一、深化法治政府示范创建", ">", ">", ">", ">", ">"},
        {"1", "推进示范创建", "对标示范指标体系查漏补缺。", "市司法局", "市直各部门、各县（市、区）人民政府", "2023年12月底前"},
        {"2", "健全依法决策机制", "编制重大行政决策事项目录。", "市政府办公室", "市直有关部门", "2023年6月底前"},
        {"^", "^", "开展决策后评估。", "市政府办公室", "市司法局", "2023年11月底前"},
        {"二、严格规范公正文明执法", ">", ">", ">", ">", ">"},
        {"3", "规范行政裁量权基准。全面梳理裁量事项", "制定完善行政裁量权基准制度。", "市司法局",
            "市公安局、市生态环境局", "长期坚持"},
    };

    @Test
    void readsATaskTableWithSpanningSectionRowsAndMergedTaskCells() {
        byte[] docx = OfficeDocuments.docx(COVER, List.<String[][]>of(TASK_TABLE), List.of());
        ParsedNotice notice = Notices.parsed(new NoticeParser().parse(docx, "分工方案.docx"));
        assertThat(notice.format()).isEqualTo("docx");
        assertThat(notice.docNumber()).isEqualTo("某府办发〔2023〕21号");
        assertThat(notice.issuer()).isEqualTo("某市人民政府办公室");
        assertThat(notice.issuedOn()).isEqualTo(LocalDate.of(2023, 4, 10));
        assertThat(notice.title()).isEqualTo("某市2023年法治政府建设重点任务分工方案");
        assertThat(notice.addressees()).containsExactly("各县(市、区)人民政府", "市直各部门");
        assertThat(notice.sections()).extracting(ParsedSection::heading)
                .containsExactly("深化法治政府示范创建", "严格规范公正文明执法");
        List<ParsedTask> tasks = notice.allTasks();
        assertThat(tasks).extracting(ParsedTask::label).containsExactly("1", "2", "3");
        assertThat(Notices.titles(notice)).containsExactly("推进示范创建", "健全依法决策机制", "规范行政裁量权基准");
        assertThat(tasks.get(1).body()).isEqualTo("编制重大行政决策事项目录。\n开展决策后评估。");
        assertThat(tasks.get(2).body()).isEqualTo("全面梳理裁量事项\n制定完善行政裁量权基准制度。");
        assertThat(tasks).extracting(Notices::units).containsExactly(
                "市司法局*|市直各部门~|各县(市、区)人民政府~",
                "市政府办公室*|市直有关部门~|市司法局",
                "市司法局*|市公安局|市生态环境局");
        assertThat(tasks).extracting(ParsedTask::dueDate)
                .containsExactly(LocalDate.of(2023, 12, 31), LocalDate.of(2023, 11, 30), null);
        assertThat(tasks.get(2).dueText()).isEqualTo("长期坚持");
        assertThat(notice.warnings()).isEmpty();
    }

    @Test
    void readsASectionColumnMergedDownInAWordTable() {
        String[][] grid = {
            {"类别", "主要任务", "责任单位", "完成时间", "备注"},
            {"依法决策", "落实合法性审查。", "市司法局", "2023年6月底前", ""},
            {"^", "推进决策公开。", "市政府办公室、市直有关部门", "年底前", "按季度报送进展"},
            {"执法监督", "开展执法监督检查。", "市司法局", "2023年10月底前", ""},
        };
        ParsedNotice notice = Notices.parsed(new NoticeParser().parse(
                OfficeDocuments.docx(List.of("某区2023年法治政府建设任务清单"), List.<String[][]>of(grid), List.of()), "清单.docx"));
        assertThat(notice.sections()).extracting(ParsedSection::heading).containsExactly("依法决策", "执法监督");
        assertThat(notice.sections()).extracting(s -> s.tasks().size()).containsExactly(2, 1);
        assertThat(notice.allTasks()).extracting(ParsedTask::dueDate).containsExactly(
                LocalDate.of(2023, 6, 30), LocalDate.of(2023, 12, 31), LocalDate.of(2023, 10, 31));
        assertThat(notice.allTasks().get(1).responsibilities()).extracting(Responsibility::name)
                .containsExactly("市政府办公室", "市直有关部门");
        assertThat(notice.allTasks().get(1).body()).isEqualTo("备注：按季度报送进展");
    }

    @Test
    void readsATwoRowHeaderWhereResponsibilitySplitsIntoLeadAndPartners() {
        String[][] grid = {
            {"序号", "重点任务", "责任单位", ">", "完成时限"},
            {"^", "^", "牵头单位", "配合单位", "^"},
            {"1", "健全行政执法协调机制。", "市政府办公室", "市司法局、市直有关部门", "2023年8月底前"},
            {"2", "规范行政执法行为。", "市公安局、市交通运输局", "各县（市、区）政府", "长期坚持"},
        };
        ParsedNotice notice = Notices.parsed(new NoticeParser().parse(OfficeDocuments.docx(
                List.of("某市2023年法治政府建设任务分工"), List.<String[][]>of(grid), List.of()), "分工.docx"));
        assertThat(notice.allTasks()).extracting(Notices::units).containsExactly(
                "市政府办公室*|市司法局|市直有关部门~",
                "市公安局*|市交通运输局*|各县(市、区)政府~");
        assertThat(notice.allTasks()).extracting(ParsedTask::dueDate).containsExactly(LocalDate.of(2023, 8, 31), null);
    }

    @Test
    void readsTasksNumberedByWordsAutomaticListNumbering() {
        byte[] docx = OfficeDocuments.docxWithListNumbering(List.of(
                "某县2024年法治政府建设工作要点",
                "一、推进依法行政",
                "#健全规范性文件管理制度。落实合法性审核。（县司法局负责）",
                "#推行行政执法三项制度。完善执法公示。（县司法局牵头，县公安局、县市场监管局按职责分工负责）",
                "二、强化监督",
                "#深化政务公开。做好政策解读。（县政府办公室负责）"));
        ParsedNotice notice = Notices.parsed(new NoticeParser().parse(docx, "要点.docx"));
        assertThat(notice.allTasks()).extracting(ParsedTask::label).containsExactly("（一）", "（二）", "（三）");
        assertThat(Notices.titles(notice)).containsExactly("健全规范性文件管理制度", "推行行政执法三项制度", "深化政务公开");
        assertThat(notice.allTasks()).extracting(Notices::units)
                .containsExactly("县司法局*", "县司法局*|县公安局|县市场监管局", "县政府办公室*");
        assertThat(WordNumbering.chinese(21)).isEqualTo("二十一");
    }

    @Test
    void recognisesColumnsByHeaderWordsInAnyOrderAcrossSheets() {
        String[][] first = {
            {"完成时限", "责任单位", "牵头单位", "工作任务", "序号"},
            {"一、提升行政执法质量", ">", ">", ">", ">"},
            {"2024年6月底前", "各县（市、区）政府", "市司法局", "开展执法案卷评查。", "1"},
            {"二、强化权力监督", ">", ">", ">", ">"},
            {"年底前", "市直各部门", "市审计局", "开展专项审计。", "2"},
        };
        String[][] notes = {{"说明：本台账每季度更新。"}};
        byte[] xlsx = OfficeDocuments.xlsx(List.of("2024年任务台账", "说明"), List.of(first, notes));
        ParsedNotice notice = Notices.parsed(new NoticeParser().parse(xlsx, "ledger.xlsx"));
        assertThat(notice.sections()).extracting(ParsedSection::heading).containsExactly("提升行政执法质量", "强化权力监督");
        assertThat(Notices.titles(notice)).containsExactly("开展执法案卷评查", "开展专项审计");
        assertThat(notice.allTasks()).extracting(Notices::units)
                .containsExactly("市司法局*|各县(市、区)政府~", "市审计局*|市直各部门~");
        assertThat(notice.title()).isEqualTo("2024年任务台账");
        assertThat(notice.allTasks()).extracting(ParsedTask::dueDate)
                .containsExactly(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 12, 31));
        assertThat(notice.warnings()).extracting(ParseWarning::messageKey).contains("plan.ingest.warning.sheetSkipped")
                .doesNotContain("plan.ingest.warning.noPlanYear");
    }

    @Test
    void readsAWordCopyOfATextNoticeParagraphByParagraph() {
        List<String> paragraphs = Arrays.asList(Notices.text(Notices.SEED).split("\n"));
        ParsedNotice fromWord = Notices.parsed(new NoticeParser().parse(
                OfficeDocuments.docx(paragraphs, List.of(), List.of()), "35号.docx"));
        ParsedNotice fromText = Notices.parse(Notices.text(Notices.SEED));
        assertThat(fromWord.format()).isEqualTo("docx");
        assertThat(fromWord.allTasks()).isEqualTo(fromText.allTasks());
        assertThat(fromWord.title()).isEqualTo(fromText.title());
        assertThat(fromWord.docNumber()).isEqualTo(fromText.docNumber());
    }

    @Test
    void readsAnExcelLedgerWithMergedTitleAndCategoryCells() {
        String[][] ledger = {
            {"某市2023年法治政府建设重点任务台账", ">", ">", ">", ">", ">", ">"},
            {"序号", "类别", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"},
            {"1", "依法行政制度建设", "完善规范性文件管理", "开展规范性文件清理。", "市司法局", "市直各部门", "2023年9月底前"},
            {"2", "^", "推进重大决策目录化管理", "编制并公布决策目录。", "市政府办公室", "市直有关部门", "date:2023-06-30"},
            {"3", "严格规范执法", "推进执法规范化", "开展执法案卷评查。", "市司法局", "市公安局、市交通运输局", "长期坚持"},
            {"4", "^", "加强食品安全执法", "开展专项整治。", "市市场监管局", "市卫生健康委（牵头）", "2023年年底前"},
        };
        byte[] xlsx = OfficeDocuments.xlsx(List.of("台账"), List.<String[][]>of(ledger));
        ParsedNotice notice = Notices.parsed(new NoticeParser().parse(xlsx, "台账.xlsx"));
        assertThat(notice.format()).isEqualTo("xlsx");
        assertThat(notice.title()).isEqualTo("某市2023年法治政府建设重点任务台账");
        assertThat(notice.planYear()).isEqualTo(2023);
        assertThat(notice.sections()).extracting(ParsedSection::heading).containsExactly("依法行政制度建设", "严格规范执法");
        assertThat(Notices.titles(notice)).containsExactly("完善规范性文件管理", "推进重大决策目录化管理", "推进执法规范化",
                "加强食品安全执法");
        assertThat(notice.allTasks()).extracting(Notices::units).containsExactly(
                "市司法局*|市直各部门~",
                "市政府办公室*|市直有关部门~",
                "市司法局*|市公安局|市交通运输局",
                "市市场监管局*|市卫生健康委*");
        assertThat(notice.allTasks()).extracting(ParsedTask::dueDate).containsExactly(LocalDate.of(2023, 9, 30),
                LocalDate.of(2023, 6, 30), null, LocalDate.of(2023, 12, 31));
        assertThat(notice.allTasks()).extracting(ParsedTask::sourceLine).containsExactly(3, 4, 5, 6);
        assertThat(Notices.warningKeys(notice)).containsExactly("plan.ingest.warning.noDocNumber",
                "plan.ingest.warning.noIssuer", "plan.ingest.warning.noIssueDate");
    }
}
