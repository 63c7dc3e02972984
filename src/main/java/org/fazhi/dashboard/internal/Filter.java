package org.fazhi.dashboard.internal;

import java.util.Locale;
import org.fazhi.plan.TrafficLight;

/** Which of a group's assignments a drill-down lists. */
public enum Filter {
    /** every active assignment */
    ALL,
    /** accepted as done */
    DONE,
    /** red light */
    LATE,
    /** a period past due not submitted in time */
    MISSED,
    /** a version waiting for the office's review */
    REVIEW,
    /** named in a supervision order not yet closed */
    ORDERED;

    public boolean matches(AssignmentFact f) {
        switch (this) {
            case DONE:
                return f.done();
            case LATE:
                return f.light() == TrafficLight.RED;
            case MISSED:
                return f.tally().missed() > 0;
            case REVIEW:
                return f.tally().awaitingReview() > 0;
            case ORDERED:
                return f.orders() > 0;
            default:
                return true;
        }
    }

    /** The filter named in a URL ({@code late}, {@code done}, …); anything else lists all. */
    public static Filter of(String name) {
        if (name == null) {
            return ALL;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ALL;
        }
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }
}
