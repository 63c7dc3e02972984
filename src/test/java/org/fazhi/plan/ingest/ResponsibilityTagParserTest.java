package org.fazhi.plan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Responsibility tags in every common form, read into units with the lead rule applied. */
class ResponsibilityTagParserTest {

    private final ResponsibilityTagParser tags = new ResponsibilityTagParser(new DeadlineParser(2023, new Diagnostics()));

    private String unitsOf(String taskText) {
        ResponsibilityTagParser.Extraction extraction = tags.extract(taskText, 1);
        return LeadRule.apply(extraction.units()).stream()
                .map(r -> r.name() + (r.lead() ? "*" : "") + (r.collective() ? "~" : "")).reduce((a, b) -> a + "|" + b)
                .orElse("");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "工作。〔责任单位:市直各部门,各县(市、区)政府〕# 市直各部门~|各县(市、区)政府~",
        "工作。(责任单位:市司法局)# 市司法局*",
        "工作。（责任单位：市司法局；各县（市、区）人民政府）# 市司法局*|各县(市、区)人民政府~",
        "工作。（市司法局牵头，市发展改革委、市财政局按职责分工负责）# 市司法局*|市发展改革委|市财政局",
        "工作。（市生态环境局负责）# 市生态环境局*",
        "工作。（市教育局、市卫生健康委、各县（市、区）政府按职责分工负责）# 市教育局*|市卫生健康委|各县(市、区)政府~",
        "工作。（市直有关部门、各县（市、区）政府配合，市司法局牵头）# 市直有关部门~|各县(市、区)政府~|市司法局*",
        "工作。（各县（市、区）政府分别负责）# 各县(市、区)政府~",
        "工作。责任单位：市司法局，市直各部门# 市司法局*|市直各部门~",
        "工作。（牵头单位：市司法局；配合单位：市公安局、市民政局；完成时限：2023年6月底前）# 市司法局*|市公安局|市民政局",
        "工作。(主要责任单位:市应急局;责任单位:市公安局)# 市应急局*|市公安局",
        "工作。〔责任单位:市发展改革委(牵头)、市商务局〕# 市发展改革委*|市商务局",
        "工作。（由市司法局负责，2023年底前完成）# 市司法局*",
        "工作（责任单位：市民政局、各乡镇人民政府），2023年底前完成。# 市民政局*|各乡镇人民政府~",
    })
    void readsTheUnitsOfATag(String text, String expected) {
        assertThat(unitsOf(text)).isEqualTo(expected.strip());
    }

    @Test
    void removesTheTagFromTheTextAndKeepsItsDeadline() {
        ResponsibilityTagParser.Extraction extraction = tags.extract(
                "推进执法规范化。（牵头单位：市司法局；完成时限：2023年6月底前）", 1);
        assertThat(extraction.text()).isEqualTo("推进执法规范化。");
        assertThat(extraction.deadlineTexts()).containsExactly("2023年6月底前");
    }

    @Test
    void leavesBracketsThatAreNotTagsInTheText() {
        ResponsibilityTagParser.Extraction extraction = tags.extract("研究制定《实施方案(2021—2025年)》(试行)", 1);
        assertThat(extraction.units()).isEmpty();
        assertThat(extraction.text()).isEqualTo("研究制定《实施方案(2021—2025年)》(试行)");
    }

    @Test
    void refusesATagThatIsNeverClosed() {
        assertThatThrownBy(() -> tags.extract("工作。〔责任单位:市司法局、各县(市、区)政府", 9))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.refusal().messageKey()).isEqualTo("error.plan.notice.unclosedTag"));
    }

    @Test
    void readsSeparateFieldLines() {
        List<UnitMention> units = new ArrayList<>();
        List<String> deadlines = new ArrayList<>();
        tags.parseFields("牵头单位：市司法局；配合单位：市委宣传部、市直各部门；完成时限：2023年12月底前", 3, units, deadlines);
        assertThat(units).containsExactly(new UnitMention("市司法局", true, false),
                new UnitMention("市委宣传部", false, true), new UnitMention("市直各部门", false, true));
        assertThat(deadlines).containsExactly("2023年12月底前");
        assertThat(ResponsibilityTagParser.isFieldLine("（责任单位：市司法局）")).isTrue();
        assertThat(ResponsibilityTagParser.isFieldLine("明确责任单位和完成时限。")).isFalse();
    }
}
