package org.fazhi.plan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The zh-CN and English parser messages have the same keys, and every key the parser uses exists. */
class MessagesTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStreamReader in = new InputStreamReader(MessagesTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("/i18n/plan/messages_en.properties").keySet())
                .isEqualTo(load("/i18n/plan/messages.properties").keySet());
    }

    @Test
    void everyKeyTheParserUsesIsInTheBundles() throws IOException {
        Properties zh = load("/i18n/plan/messages.properties");
        Set<String> used = new TreeSet<>();
        Pattern refused = Pattern.compile("new RefusedException\\(\"(\\w+)\"");
        Pattern warned = Pattern.compile("\\.warn\\([^,]+, \"(\\w+)\"");
        try (var files = Files.list(Path.of("src/main/java/org/fazhi/plan/ingest"))) {
            for (Path file : files.toList()) {
                String source = Files.readString(file);
                Matcher r = refused.matcher(source);
                while (r.find()) {
                    used.add("error.plan.notice." + r.group(1));
                }
                Matcher w = warned.matcher(source);
                while (w.find()) {
                    used.add("plan.ingest.warning." + w.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(20);
        assertThat(zh.keySet()).containsAll(used.stream().map(Object.class::cast).toList());
    }

    @Test
    void formatsInChineseByDefaultAndInEnglishOnRequest() {
        List<String> args = List.of("11");
        assertThat(NoticeMessages.format("error.plan.notice.unclosedTag", args)).isEqualTo("第 11 行的责任单位标注缺少右括号,无法确定责任单位。");
        assertThat(NoticeMessages.format("error.plan.notice.unclosedTag", args, Locale.ENGLISH))
                .isEqualTo("The responsibility tag on line 11 has no closing bracket, so its units cannot be determined.");
    }
}
