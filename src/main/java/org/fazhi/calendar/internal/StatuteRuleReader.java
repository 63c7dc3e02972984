package org.fazhi.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.calendar.CalendarException;
import org.fazhi.calendar.LawReference;
import org.fazhi.calendar.LocalizedText;
import org.fazhi.calendar.Period;
import org.fazhi.calendar.StatuteRule;
import org.fazhi.calendar.StatuteRules;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the catalogue of statutory period rules ({@code classpath:calendar/statute-rules.json}): a list of
 * laws and a list of rules that name their law by code. Refuses a rule naming an unknown law, a duplicate
 * id, or a rule without a name or period.
 */
public final class StatuteRuleReader {

    /** Classpath location of the bundled catalogue. */
    public static final String BUNDLED = "calendar/statute-rules.json";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** The file's shape. */
    record RuleFile(List<LawReference> laws, List<RuleData> rules) {
    }

    /** One rule as written in the file. */
    record RuleData(String id, String law, Integer article, Integer paragraph, LocalizedText name, Period period,
                    Period extensionCap, Integer countingArticle, Boolean configurable) {
    }

    private StatuteRuleReader() {
    }

    /** The bundled catalogue. */
    public static StatuteRules bundled() {
        try (InputStream in = StatuteRuleReader.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new CalendarException("error.calendar.rule.fileMissing", BUNDLED);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a catalogue from a UTF-8 JSON stream. */
    public static StatuteRules read(InputStream in) {
        RuleFile file;
        try {
            file = MAPPER.readValue(in, RuleFile.class);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new CalendarException("error.calendar.rule.fileMalformed", String.valueOf(line), e.getOriginalMessage());
        }
        Map<String, LawReference> laws = new HashMap<>();
        for (LawReference law : file.laws()) {
            laws.put(law.code(), law);
        }
        List<StatuteRule> rules = new ArrayList<>();
        for (RuleData data : file.rules()) {
            LawReference law = laws.get(data.law());
            if (law == null) {
                throw new CalendarException("error.calendar.rule.unknownLaw", data.id(), String.valueOf(data.law()));
            }
            if (data.id() == null || data.name() == null || data.period() == null) {
                throw new CalendarException("error.calendar.rule.incomplete", String.valueOf(data.id()));
            }
            rules.add(new StatuteRule(data.id(), data.name(), law, orZero(data.article()), orZero(data.paragraph()),
                    data.period(), data.extensionCap(), orZero(data.countingArticle()),
                    Boolean.TRUE.equals(data.configurable())));
        }
        return new StatuteRules(rules);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
