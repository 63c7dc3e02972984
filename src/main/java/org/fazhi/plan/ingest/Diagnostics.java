package org.fazhi.plan.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects the warnings of one parse, in the order found. */
final class Diagnostics {

    private static final int MAX_WARNINGS = 500;

    private final List<ParseWarning> warnings = new ArrayList<>();

    /** Records warning {@code plan.ingest.warning.<key>} on {@code line}. */
    void warn(int line, String key, Object... args) {
        if (warnings.size() >= MAX_WARNINGS) {
            return;
        }
        List<String> texts = Arrays.stream(args).map(String::valueOf).toList();
        String fullKey = "plan.ingest.warning." + key;
        warnings.add(new ParseWarning(line, NoticeMessages.format(fullKey, texts), fullKey, texts));
    }

    List<ParseWarning> warnings() {
        return warnings;
    }
}
