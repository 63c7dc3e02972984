package org.fazhi.plan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Notices of other cities, written as real ones are, in the common text layouts. */
class TextLayoutsTest {

    private static final String YAODIAN = "/notices/moushi-2023-gongzuo-yaodian.txt";
    private static final String ANPAI = "/notices/mouxian-2022-gongzuo-anpai.txt";
    private static final String RENWU = "/notices/mouzhou-2024-zhongdian-renwu.txt";

    @Test
    void readsArabicTasksWithSeparateLeadPartnerAndDeadlineLines() {
        ParsedNotice notice = Notices.parse(Notices.text(YAODIAN));
        assertThat(notice.docNumber()).isEqualTo("某府办发〔2023〕12号");
        assertThat(notice.issuer()).isEqualTo("某市人民政府办公室");
        assertThat(notice.issuedOn()).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(notice.title()).isEqualTo("某市2023年法治政府建设工作要点");
        assertThat(notice.noticeTitle()).isEqualTo("某市人民政府办公室关于印发某市2023年法治政府建设工作要点的通知");
        assertThat(notice.addressees()).containsExactly("各县(区)人民政府", "市政府各部门", "各园区管委会");
        assertThat(notice.sections()).extracting(ParsedSection::heading)
                .containsExactly("加强党对法治政府建设的领导", "持续优化法治化营商环境", "严格规范公正文明执法");
        assertThat(Notices.titles(notice)).containsExactly("深入学习宣传贯彻党的二十大精神", "落实法治建设第一责任人职责",
                "深化“放管服”改革", "提升政务服务标准化水平", "规范涉企行政检查", "推进行政执法“三项制度”");
        List<ParsedTask> tasks = notice.allTasks();
        assertThat(tasks).extracting(Notices::units).containsExactly(
                "市司法局*|市委宣传部|市直各部门~",
                "市政府办公室*|各县(区)人民政府~",
                "市发展改革委*|市市场监管局*|市直有关部门~",
                "市政务服务和大数据局*|各县(区)人民政府~",
                "市司法局*",
                "市司法局*|市公安局|市交通运输局|市农业农村局");
        assertThat(tasks).extracting(ParsedTask::label).containsExactly("1．", "2．", "3．", "4．", "5．", "6．");
        assertThat(notice.warnings()).isEmpty();
    }

    @Test
    void readsDeadlinesFromFieldsAndFromTaskText() {
        List<ParsedTask> tasks = Notices.parse(Notices.text(YAODIAN)).allTasks();
        assertThat(tasks).extracting(ParsedTask::dueDate).containsExactly(LocalDate.of(2023, 12, 31), null,
                LocalDate.of(2023, 9, 30), LocalDate.of(2023, 6, 30), LocalDate.of(2023, 12, 31), null);
        assertThat(tasks).extracting(ParsedTask::dueText).containsExactly("2023年12月底前", "长期坚持", "2023年9月底前",
                "6月30日前", "年底前", "持续推进");
    }

    @Test
    void joinsContinuationLinesIntoTheBody() {
        ParsedTask fifth = Notices.parse(Notices.text(YAODIAN)).allTasks().get(4);
        assertThat(fifth.title()).isEqualTo("规范涉企行政检查");
        assertThat(fifth.body()).isEqualTo("全面推行“综合查一次”，杜绝多头检查、重复检查。");
        assertThat(fifth.sourceLine()).isEqualTo(19);
    }

    @Test
    void readsTrailingLeadAndDivisionOfDutyMarks() {
        ParsedNotice notice = Notices.parse(Notices.text(ANPAI));
        assertThat(notice.docNumber()).isEqualTo("某府办发〔2022〕8号");
        assertThat(notice.title()).isEqualTo("某县2022年法治政府建设工作安排");
        assertThat(notice.issuedOn()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(notice.addressees()).containsExactly("各乡镇人民政府", "各街道办事处", "县级各部门");
        assertThat(notice.allTasks()).extracting(Notices::units).containsExactly(
                "县司法局*|县发展改革局|县财政局",
                "县生态环境局*",
                "县教育局*|县卫生健康局|各乡镇人民政府~",
                "县住房城乡建设局*|各乡镇人民政府~",
                "县政府办公室*|县政务服务中心");
        assertThat(notice.allTasks().get(0).body()).isEqualTo("严格执行重大行政决策程序规定，编制并公布年度重大行政决策事项目录。");
        assertThat(notice.allTasks().get(3).dueDate()).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(notice.preamble()).extracting(SourceText::text).contains("某县人民政府办公室");
        assertThat(notice.warnings()).isEmpty();
    }

    @Test
    void readsChineseNumeralDatesSquareBracketDocNumbersAndUnbracketedTags() {
        ParsedNotice notice = Notices.parse(Notices.text(RENWU));
        assertThat(notice.docNumber()).isEqualTo("某州府办函〔2024〕3号");
        assertThat(notice.issuedOn()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(notice.issuer()).isEqualTo("某州人民政府办公室");
        assertThat(notice.title()).isEqualTo("某州2024年法治政府建设重点任务");
        assertThat(notice.sections()).singleElement().satisfies(s -> assertThat(s.heading()).isNull());
        assertThat(notice.allTasks()).extracting(Notices::units).containsExactly(
                "州司法局*|州级各部门~",
                "州司法局*|州公安局|州市场监管局",
                "州司法局*|各县(市)人民政府~");
        assertThat(notice.allTasks()).extracting(ParsedTask::dueDate).containsExactly(
                LocalDate.of(2024, 12, 31), LocalDate.of(2024, 10, 31), null);
        assertThat(notice.allTasks().get(0).body()).isEqualTo("全面落实合法性审核机制，12月31日前完成规范性文件清理。");
    }

    @Test
    void readsAGb18030EncodedNoticeLikeItsUtf8Original() {
        byte[] gb = Notices.text(ANPAI).getBytes(Charset.forName("GB18030"));
        ParseResult fromGb = new NoticeParser().parse(gb, "mouxian.txt");
        assertThat(fromGb).isEqualTo(new NoticeParser().parseText(Notices.text(ANPAI)));
    }

    @Test
    void treatsChineseGroupsAboveArabicTasksAsSectionsWhenThereAreNoChineseSectionHeadings() {
        ParsedNotice notice = Notices.parse("""
                某区2023年法治政府建设工作要点
                （一）深化行政执法体制改革
                1.推进综合执法。整合执法队伍。（区司法局牵头，区城管执法局配合）
                2.规范执法行为。推行说理式执法。（区市场监管局负责）
                （二）强化监督
                1.加强行政复议。提高办案质量。（区司法局负责）
                """);
        assertThat(notice.sections()).extracting(ParsedSection::heading).containsExactly("深化行政执法体制改革", "强化监督");
        assertThat(notice.allTasks()).extracting(ParsedTask::number).containsExactly(1, 2, 3);
        assertThat(notice.allTasks()).extracting(Notices::units)
                .containsExactly("区司法局*|区城管执法局", "区市场监管局*", "区司法局*");
        assertThat(notice.warnings()).extracting(ParseWarning::messageKey).doesNotContain("plan.ingest.warning.numberGap");
    }

    @Test
    void takesAHeadingLineWithoutAFullStopAsTheTitle() {
        ParsedTask task = Notices.parse("""
                一、重点任务
                （一）加强组织领导
                各级政府要把法治政府建设摆在全局工作的重要位置。
                责任单位：各县（市、区）人民政府
                """).allTasks().get(0);
        assertThat(task.title()).isEqualTo("加强组织领导");
        assertThat(task.body()).isEqualTo("各级政府要把法治政府建设摆在全局工作的重要位置。");
        assertThat(Notices.units(task)).isEqualTo("各县(市、区)人民政府~");
    }

    @Test
    void keepsSubItemsInsideTheTaskBody() {
        ParsedNotice notice = Notices.parse("""
                一、重点任务
                （一）推进法治政府示范创建。
                （1）开展示范创建评估；
                （2）总结推广经验。
                〔责任单位：市司法局、各县（市、区）人民政府〕
                """);
        ParsedTask task = notice.allTasks().get(0);
        assertThat(task.title()).isEqualTo("推进法治政府示范创建");
        assertThat(task.body()).isEqualTo("（1）开展示范创建评估；\n（2）总结推广经验。");
        assertThat(Notices.units(task)).isEqualTo("市司法局*|各县(市、区)人民政府~");
    }
}
