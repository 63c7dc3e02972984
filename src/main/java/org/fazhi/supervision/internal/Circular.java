package org.fazhi.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * 通报 — a circular on one plan's reports due in a period: a draft the office edits, then published to an
 * audience (all units' users, or the leaders) and never changed again.
 */
public record Circular(long id, long planId, LocalDate from, LocalDate to, String title, String body, boolean published,
                       Audience audience, String createdBy, Instant createdAt, String publishedBy,
                       Instant publishedAt, long version) {

    /** Who a published circular goes to. */
    public enum Audience {
        /** every unit's liaisons and leaders, and the city leaders */
        ALL_UNITS,
        /** unit leaders and city leaders */
        LEADERS
    }

    /** The date printed at its foot: the day it was published, else the day it was drafted, in {@code zone}. */
    public LocalDate issuedOn(ZoneId zone) {
        return LocalDate.ofInstant(publishedAt != null ? publishedAt : createdAt, zone);
    }
}
