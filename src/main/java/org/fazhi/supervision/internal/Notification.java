package org.fazhi.supervision.internal;

import java.time.Instant;
import java.util.List;

/** One inbox entry: a titled message (message key and arguments), an optional written body and a link. */
public record Notification(long id, String recipient, NotificationKind kind, String titleKey, List<String> titleArgs,
                           String body, String link, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }

    /** The title's arguments as an array, for {@code #messages.msgWithParams}. */
    public Object[] args() {
        return titleArgs.toArray();
    }
}
