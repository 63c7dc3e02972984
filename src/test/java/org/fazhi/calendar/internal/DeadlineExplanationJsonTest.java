package org.fazhi.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.fazhi.calendar.DeadlineExplanation;
import org.fazhi.calendar.DeadlineRequest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DeadlineExplanationJsonTest {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void explanationSerialisesWithIsoDatesRuleArticleAndSkippedDayReasons() {
        DeadlineCalculator calculator = new DeadlineCalculator(BundledCalendarData.calendar());
        DeadlineExplanation explanation = calculator.explain(DeadlineRequest.of(LocalDate.of(2024, 9, 20),
                StatuteRuleReader.bundled().get("disclosure.reply")));

        JsonNode json = mapper.readTree(mapper.writeValueAsString(explanation));

        assertThat(json.get("deadline").asString()).isEqualTo("2024-10-23");
        assertThat(json.at("/rule/article").asInt()).isEqualTo(33);
        assertThat(json.at("/rule/law/name/zh").asString()).contains("政府信息公开条例");
        assertThat(json.at("/legs/0/skippedDays/3/holidayName").asString()).isEqualTo("国庆节");
        assertThat(json.at("/legs/0/skippedDays/3/reasonKey").asString()).isEqualTo("calendar.reason.holiday");
        assertThat(json.at("/legs/0/makeUpDaysCounted/0/date").asString()).isEqualTo("2024-09-29");
        assertThat(json.get("assumedMondayToFriday").asBoolean()).isFalse();
    }

    @Test
    void explanationReadsBackFromJsonUnchanged() {
        DeadlineCalculator calculator = new DeadlineCalculator(BundledCalendarData.calendar());
        DeadlineExplanation explanation = calculator.explain(DeadlineRequest.of(LocalDate.of(2025, 8, 4),
                StatuteRuleReader.bundled().get("reconsideration.decision")));
        String json = mapper.writeValueAsString(explanation);
        assertThat(mapper.readValue(json, DeadlineExplanation.class)).isEqualTo(explanation);
    }
}
