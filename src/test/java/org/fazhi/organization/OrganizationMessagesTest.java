package org.fazhi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The organization bundles are complete: same keys in Chinese and English, and every key the code uses exists. */
class OrganizationMessagesTest {

    private static final Path BUNDLE = Path.of("src/main/resources/i18n/organization");
    private static final Pattern KEY = Pattern.compile("[\"'#{(]((?:error\\.)?org\\.[A-Za-z.]+[A-Za-z])[\"'})(]");

    private static Properties load(String file) throws IOException {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLE.resolve(file), StandardCharsets.UTF_8)) {
            props.load(reader);
        }
        return props;
    }

    @Test
    void englishBundleHasExactlyTheKeysOfTheChineseBase() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        for (Path root : new Path[] {Path.of("src/main/resources/templates/organization"),
                Path.of("src/main/java/org/fazhi/organization")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    @Test
    void everyKindStatusAndScopeHasALabel() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        for (UnitKind kind : UnitKind.values()) {
            assertThat(keys).contains("org.kind." + kind);
        }
        for (CollectiveScope scope : CollectiveScope.values()) {
            assertThat(keys).contains("org.scope." + scope);
        }
        assertThat(keys).contains("org.status.ACTIVE", "org.status.MERGED", "org.nameType.FULL", "org.nameType.SHORT",
                "org.nameType.ALIAS");
    }
}
