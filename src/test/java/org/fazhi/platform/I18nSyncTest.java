package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user-facing word comes from the bundles: zh-CN base and English have the same keys, every key a
 * template names exists, templates carry no literal text outside {@code th:text}, and web code has no
 * Chinese string literals.
 */
class I18nSyncTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path I18N = RESOURCES.resolve("i18n");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");
    private static final Pattern KEY_REF = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");
    private static final Pattern TOKEN = Pattern.compile("<(/?)([a-zA-Z0-9:]+)([^>]*?)(/?)>|([^<]+)", Pattern.DOTALL);
    private static final Pattern WORDS = Pattern.compile("[\\p{IsHan}A-Za-z]{2,}");
    private static final Pattern CJK_LITERAL = Pattern.compile("\"[^\"\\n]*\\p{IsHan}[^\"\\n]*\"");
    private static final Set<String> VOID = Set.of("meta", "link", "input", "br", "hr", "img", "col", "source");

    @Test
    void englishBundlesHaveExactlyTheKeysOfTheChineseBase() throws IOException {
        for (Path base : bundles()) {
            Path en = base.resolveSibling("messages_en.properties");
            assertThat(en).as("English bundle next to %s", base).exists();
            assertThat(load(en).stringPropertyNames()).as(en.toString())
                    .containsExactlyInAnyOrderElementsOf(load(base).stringPropertyNames());
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> keys = allKeys();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = KEY_REF.matcher(Files.readString(template));
            while (m.find()) {
                if (!keys.contains(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "").replaceAll("(?i)<!DOCTYPE[^>]*>", "")
                    .replaceAll("(?s)<script[^>]*>.*?</script>", "").replaceAll("(?s)<style[^>]*>.*?</style>", "");
            Deque<Boolean> translated = new ArrayDeque<>();
            Matcher m = TOKEN.matcher(html);
            while (m.find()) {
                if (m.group(5) != null) {
                    boolean covered = translated.stream().anyMatch(b -> b);
                    if (!covered && WORDS.matcher(m.group(5)).find()) {
                        literal.add(TEMPLATES.relativize(template) + ": " + m.group(5).strip());
                    }
                } else if (!m.group(2).startsWith("!")) {
                    String name = m.group(2).toLowerCase();
                    boolean closing = !m.group(1).isEmpty();
                    boolean selfClosing = !m.group(4).isEmpty() || VOID.contains(name);
                    if (closing) {
                        if (!translated.isEmpty()) {
                            translated.pop();
                        }
                    } else if (!selfClosing) {
                        String attrs = m.group(3);
                        translated.push(attrs.contains("th:text") || attrs.contains("th:utext")
                                || attrs.contains("th:replace") || attrs.contains("th:insert"));
                    }
                }
            }
        }
        assertThat(literal).isEmpty();
    }

    @Test
    void webCodeHasNoChineseStringLiterals() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/web/")).toList()) {
                Matcher m = CJK_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(file + ": " + m.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(I18N)) {
            return files.filter(p -> p.getFileName().toString().equals("messages.properties")).toList();
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        for (Path base : bundles()) {
            keys.addAll(load(base).stringPropertyNames());
        }
        return keys;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
