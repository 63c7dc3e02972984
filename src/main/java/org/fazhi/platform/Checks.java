package org.fazhi.platform;

import java.time.LocalDate;

/** Small checks the registers' records apply to what a user enters; refusals name the bundle key given. */
public final class Checks {

    private Checks() {
    }

    /**
     * Refuses a missing date or one before {@code earliest} (a step before the step it follows) with {@code key}
     * and the arguments (the date, the earliest).
     */
    public static void notBefore(LocalDate date, LocalDate earliest, String key) {
        if (date == null || date.isBefore(earliest)) {
            throw new DomainException(key, String.valueOf(date), earliest.toString());
        }
    }

    /** The text stripped; refused with {@code key} when missing or blank. */
    public static String required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new DomainException(key);
        }
        return value.strip();
    }
}
