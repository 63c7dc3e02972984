package org.fazhi.plan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The bundled seed notice 遂府办函〔2021〕35号 parses exactly. */
class SeedNoticeTest {

    private static final String CITY = "市直有关部门~|各县(市、区)政府~";

    /** Label, title and full unit list of all 24 tasks, read off the seed by hand. */
    private static final List<String[]> TASKS = List.of(
            row("(一)", "认真落实领导干部学法用法制度", "市直各部门~|各县(市、区)政府~"),
            row("(二)", "服务保障高质量发展", "市司法局*|" + CITY),
            row("(三)", "统筹规划法治政府建设工作", "市司法局*"),
            row("(四)", "依法抓好常态化疫情防控", "市直各部门~|各县(市、区)政府~"),
            row("(五)", "深化“放管服”改革", "市政府办公室*|市市场监管局|市政务服务和大数据局|市发展改革委|市司法局"
                    + "|市住房和城乡建设局|市自然资源和规划局|市公共资源交易中心|" + CITY),
            row("(六)", "构建公平竞争市场秩序", "市发展改革委*|市商务局|市市场监管局|" + CITY),
            row("(七)", "持续提升政务服务水平", "市政务服务和大数据局*|市委编办|市司法局|" + CITY),
            row("(八)", "强化公共法律服务供给", "市司法局*|" + CITY),
            row("(九)", "落实“三重一大”决策制度", "市直各部门~|各县(市、区)政府~"),
            row("(十)", "推进决策规范化建设", "市政府办公室*|" + CITY),
            row("(十一)", "加强政府合同管理", "市司法局*|" + CITY),
            row("(十二)", "健全法律顾问制度", "市司法局*|市国资委|" + CITY),
            row("(十三)", "加强重点领域立法", "市司法局*|市住房和城乡建设局|市市场监管局|市民政局|市生态环境局"),
            row("(十四)", "健全行政立法体制机制", "市司法局*|市住房和城乡建设局|市直有关部门~"),
            row("(十五)", "加强规范性文件管理", "市司法局*|" + CITY),
            row("(十六)", "深化综合行政执法改革", "市委编办*|市司法局|市市场监管局|市生态环境局|市文化广电旅游局"
                    + "|市交通运输局|市农业农村局|市自然资源和规划局|市卫生健康委|市应急局|各县(市、区)政府~"),
            row("(十七)", "加强重点领域执法力度", "市市场监管局*|市卫生健康委|市生态环境局|市应急局"
                    + "|市人力资源社会保障局|市交通运输局|市公安局|市林业局|" + CITY),
            row("(十八)", "推进行政执法规范化建设", "市司法局*|" + CITY),
            row("(十九)", "加强行政执法监督", "市司法局*|" + CITY),
            row("(二十)", "完善依法化解纠纷机制", "市司法局*|市公安局|市卫生健康委|市自然资源和规划局"
                    + "|市住房和城乡建设局|市交通运输局|市林业局|市市场监管局|" + CITY),
            row("(二十一)", "加强和改进行政复议工作", "市司法局*|" + CITY),
            row("(二十二)", "加强和规范行政应诉工作", "市司法局*|" + CITY),
            row("(二十三)", "深化政务公开", "市政府办公室*|" + CITY),
            row("(二十四)", "自觉接受监督", "市政府办公室*|市审计局|" + CITY));

    private final ParsedNotice notice = Notices.parsed(new NoticeParser()
            .parse(Notices.bytes(Notices.SEED), "suining-2021-rule-of-law-plan.txt"));

    private static String[] row(String label, String title, String units) {
        return new String[] {label, title, units};
    }

    @Test
    void readsTheHeader() {
        assertThat(notice.docNumber()).isEqualTo("遂府办函〔2021〕35号");
        assertThat(notice.issuer()).isEqualTo("遂宁市人民政府办公室");
        assertThat(notice.issuedOn()).isEqualTo(LocalDate.of(2021, 8, 2));
        assertThat(notice.title()).isEqualTo("遂宁市人民政府2021年度法治政府建设重点工作安排");
        assertThat(notice.addressees()).containsExactly("各县(市、区)人民政府", "市直园区管委会", "市直各部门");
        assertThat(notice.planYear()).isEqualTo(2021);
        assertThat(notice.format()).isEqualTo("text");
    }

    @Test
    void findsTheSevenSectionHeadings() {
        assertThat(notice.sections()).extracting(ParsedSection::heading).containsExactly(
                "深入学习贯彻习近平法治思想", "持续优化法治营商环境", "推进依法科学民主决策", "全面提升制度建设质量",
                "坚持严格规范公正文明执法", "依法有效化解社会矛盾纠纷", "加大行政权力监督力度");
        assertThat(notice.sections()).extracting(s -> s.tasks().size()).containsExactly(4, 4, 4, 3, 4, 3, 2);
    }

    @Test
    void findsAll24TasksWithTitlesAndFullUnitLists() {
        List<ParsedTask> tasks = notice.allTasks();
        assertThat(tasks).hasSize(24);
        for (int i = 0; i < 24; i++) {
            ParsedTask task = tasks.get(i);
            String[] expected = TASKS.get(i);
            assertThat(task.number()).isEqualTo(i + 1);
            assertThat(task.label()).isEqualTo(expected[0]);
            assertThat(task.title()).as("title of task %d", i + 1).isEqualTo(expected[1]);
            assertThat(Notices.units(task)).as("units of task %d", i + 1).isEqualTo(expected[2]);
            assertThat(task.sourceLine()).isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void keepsBodiesWithoutTheTagAndGivesNoDeadline() {
        ParsedTask first = notice.allTasks().get(0);
        assertThat(first.body()).startsWith("制定领导干部学法计划,").endsWith("推动法治建设责任落实。");
        assertThat(first.sourceLine()).isEqualTo(10);
        assertThat(notice.allTasks().get(2).body()).contains("《遂宁市法治政府建设实施方案(2021—2025年)》")
                .doesNotContain("责任单位");
        assertThat(notice.allTasks()).allSatisfy(t -> {
            assertThat(t.dueDate()).isNull();
            assertThat(t.dueText()).isNull();
            assertThat(t.body()).doesNotContain("责任单位");
        });
    }

    @Test
    void hasNoWarningsAndKeepsTheCoveringLetterAsPreamble() {
        assertThat(notice.warnings()).isEmpty();
        assertThat(notice.preamble()).extracting(SourceText::line).containsExactly(3, 8);
    }

    @Test
    void parsesTheSameFromGb18030() {
        byte[] gb = Notices.text(Notices.SEED).getBytes(Charset.forName("GB18030"));
        ParsedNotice fromGb = Notices.parsed(new NoticeParser().parse(gb, "seed.txt"));
        assertThat(fromGb).isEqualTo(notice);
    }

    @Test
    void parsesTheSameWithAByteOrderMarkAndWindowsLineEnds() {
        String crlf = "\uFEFF" + Notices.text(Notices.SEED).replace("\n", "\r\n");
        assertThat(new NoticeParser().parseText(crlf)).isEqualTo(notice);
    }
}
