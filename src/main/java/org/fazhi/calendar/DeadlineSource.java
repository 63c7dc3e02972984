package org.fazhi.calendar;

import java.util.List;

/**
 * SPI through which other modules (registers, supervision) tell the calendar about the deadlines they
 * track, so that a calendar change can recompute them (and say which moved) and so that a user's ICS feed
 * can carry them. Implement it as a Spring bean in the owning module; the calendar never stores them.
 */
public interface DeadlineSource {

    /** Every open (not yet met) deadline the module tracks. */
    List<TrackedDeadline> openDeadlines();

    /** The open deadlines {@code username} is responsible for — what that user's ICS feed shows. */
    List<TrackedDeadline> openDeadlinesFor(String username);
}
