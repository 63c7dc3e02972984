package org.fazhi.progress.internal;

import org.fazhi.platform.DomainException;

/** Checks on the free text users write. */
final class Texts {

    private Texts() {
    }

    /** {@code text} stripped; refused with {@code missingKey} when blank, or when longer than {@code max}. */
    static String required(String text, int max, String missingKey) {
        String value = optional(text, max);
        if (value == null) {
            throw new DomainException(missingKey);
        }
        return value;
    }

    /** {@code text} stripped, or {@code null} when blank; refused when longer than {@code max}. */
    static String optional(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new DomainException("error.progress.tooLong", max);
        }
        return value;
    }
}
