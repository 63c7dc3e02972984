package org.fazhi.plan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: classpath notices and compact views of parse results. */
final class Notices {

    static final String SEED = "/plans/suining-2021-rule-of-law-plan.txt";

    private Notices() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Notices.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    static ParsedNotice parsed(ParseResult result) {
        if (result instanceof Refusal refusal) {
            throw new AssertionError("refused: " + refusal);
        }
        return (ParsedNotice) result;
    }

    static ParsedNotice parse(String text) {
        return parsed(new NoticeParser().parseText(text));
    }

    /** Units as "name" with "*" for lead and "~" for collective, joined by "|". */
    static String units(ParsedTask task) {
        return task.responsibilities().stream()
                .map(r -> r.name() + (r.lead() ? "*" : "") + (r.collective() ? "~" : ""))
                .collect(Collectors.joining("|"));
    }

    static List<String> titles(ParsedNotice notice) {
        return notice.allTasks().stream().map(ParsedTask::title).toList();
    }

    static List<String> warningKeys(ParsedNotice notice) {
        return notice.warnings().stream().map(ParseWarning::messageKey).toList();
    }
}
