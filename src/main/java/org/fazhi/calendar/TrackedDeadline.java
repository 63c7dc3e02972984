package org.fazhi.calendar;

import java.util.Objects;

/**
 * An open deadline another module tracks.
 *
 * @param id      the owner's stable identifier, unique across modules (e.g. {@code reconsideration:42:decision})
 * @param title   what is due (data, e.g. the case or task title)
 * @param request how the deadline is computed
 * @param link    the owner's page of the case or item, path within the application ({@code null} = none); reminders
 *                in the inbox link to it
 */
public record TrackedDeadline(String id, String title, DeadlineRequest request, String link) {

    public TrackedDeadline {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(request, "request");
    }

    /** A deadline with no page to link to. */
    public TrackedDeadline(String id, String title, DeadlineRequest request) {
        this(id, title, request, null);
    }
}
