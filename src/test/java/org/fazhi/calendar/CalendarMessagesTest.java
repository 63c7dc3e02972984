package org.fazhi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fazhi.calendar.DeadlineExplanation.LegKind;
import org.junit.jupiter.api.Test;

/** Every message key the module uses exists in both the Chinese and the English bundle, and nothing else does. */
class CalendarMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"((?:error\\.)?calendar\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CalendarMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> keysUsedInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/fazhi/calendar"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        for (DayKind kind : DayKind.values()) {
            keys.add("calendar.dayKind." + kind.name());
        }
        for (PeriodUnit unit : PeriodUnit.values()) {
            keys.add("calendar.unit." + unit.name());
            keys.add("calendar.unitName." + unit.name());
        }
        keys.add("calendar.explain.countedRange." + PeriodUnit.CALENDAR_DAYS.name());
        keys.add("calendar.explain.countedRange." + PeriodUnit.WORKING_DAYS.name());
        for (String change : new String[] {"OFF", "MAKEUP", "REMOVE"}) {
            keys.add("calendar.admin.day." + change);
        }
        for (LegKind kind : LegKind.values()) {
            keys.add("calendar.leg." + kind.name());
        }
        Arrays.stream(PauseKind.values()).forEach(kind -> keys.add("calendar.pauseKind." + kind.name()));
        return keys;
    }

    @Test
    void everyKeyUsedInTheModuleIsInBothBundles() throws IOException {
        Properties zh = bundle("i18n/calendar/messages.properties");
        Properties en = bundle("i18n/calendar/messages_en.properties");
        Set<String> used = keysUsedInSources();
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(zh.stringPropertyNames()).containsAll(used);
        assertThat(en.stringPropertyNames()).containsAll(used);
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(bundle("i18n/calendar/messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("i18n/calendar/messages.properties").stringPropertyNames());
    }

    @Test
    void bundleKeysArePrefixedWithTheModule() throws IOException {
        assertThat(bundle("i18n/calendar/messages.properties").stringPropertyNames())
                .allMatch(key -> key.startsWith("calendar.") || key.startsWith("error.calendar."));
    }
}
