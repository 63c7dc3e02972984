package org.fazhi.supervision.internal;

import org.fazhi.platform.DomainException;

/** Trimming and length checks of what people write. */
final class Texts {

    private Texts() {
    }

    static String required(String text, int max, String missingKey) {
        String t = optional(text, max);
        if (t == null) {
            throw new DomainException(missingKey);
        }
        return t;
    }

    static String optional(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > max) {
            throw new DomainException("error.supervision.tooLong", max);
        }
        return t;
    }
}
