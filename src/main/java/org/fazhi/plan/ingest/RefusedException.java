package org.fazhi.plan.ingest;

import java.util.List;

/** Internal signal that a stage refuses the input; {@link NoticeParser} turns it into a {@link Refusal}. */
final class RefusedException extends RuntimeException {

    private final transient Refusal refusal;

    RefusedException(String key, int line, Object... args) {
        super(key, null, false, false);
        List<String> texts = java.util.Arrays.stream(args).map(String::valueOf).toList();
        this.refusal = new Refusal("error.plan.notice." + key, texts,
                NoticeMessages.format("error.plan.notice." + key, texts), line);
    }

    Refusal refusal() {
        return refusal;
    }
}
