package org.fazhi.calendar;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

/**
 * A stand-in for a register module in integration tests: holds open deadlines for user {@code liaison}.
 * Empty unless a test adds to it, so other modules' integration tests sharing the context are unaffected.
 */
@Component
class FakeDeadlineSource implements DeadlineSource {

    static final String OWNER = "calendar-it-liaison";

    final List<TrackedDeadline> open = new CopyOnWriteArrayList<>();

    @Override
    public List<TrackedDeadline> openDeadlines() {
        return List.copyOf(open);
    }

    @Override
    public List<TrackedDeadline> openDeadlinesFor(String username) {
        return OWNER.equals(username) ? List.copyOf(open) : List.of();
    }
}
