package org.fazhi.progress.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fazhi.identity.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The unit page's lines, built once per (unit, language) and kept until anything in the reporting loop changes
 * (the {@link MarksCache} generation: reports, reviews, sign-for, assignments, settings, plan re-imports) or the
 * day turns (lights and next periods depend on today). The access check runs on every call; only the lines are
 * shared. Urges and orders are not part of them (they change in another module): the page reads them per view.
 */
@Component
public class UnitPages {

    private record Key(long unitId, Locale locale) {
    }

    private record Entry(long generation, LocalDate day, List<UnitRow> rows) {
    }

    private static final int MAX_ENTRIES = 4096;

    private final ProgressQueries queries;
    private final MarksCache marks;
    private final MessageSource messages;
    private final Clock clock;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    UnitPages(ProgressQueries queries, MarksCache marks, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.queries = queries;
        this.marks = marks;
        this.messages = messages;
    }

    /** The active assignments of a unit as lines of its page; another unit's user is refused. */
    public List<UnitRow> rows(CurrentUser user, long unitId, Locale locale) {
        ProgressAccess.requireRead(user, unitId);
        long generation = marks.generation();
        LocalDate today = LocalDate.now(clock);
        Key key = new Key(unitId, locale);
        Entry entry = entries.get(key);
        if (entry != null && entry.generation() == generation && entry.day().equals(today)) {
            return entry.rows();
        }
        List<UnitRow> rows = build(queries.views(queries.assignmentsOfUnit(unitId)), today, locale);
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear(); // bounded whatever languages the requests name
        }
        entries.put(key, new Entry(generation, today, rows));
        return rows;
    }

    private List<UnitRow> build(List<AssignmentView> views, LocalDate today, Locale locale) {
        List<UnitRow> rows = new ArrayList<>(views.size());
        for (AssignmentView v : views) {
            AssignmentView.PeriodView next = v.nextOpen(today);
            String nextText = next == null ? null
                    : text(next.period().labelKey(), locale, next.period().labelArgs()) + " "
                    + text("progress.dueOn", locale, next.period().due().toString());
            String light = v.light().name();
            rows.add(new UnitRow(v.assignment().id(), v.task().label() + " " + v.task().title(),
                    text(v.assignment().lead() ? "progress.lead" : "progress.partner", locale),
                    v.task().dueText(),
                    text("progress.sign." + v.assignment().signState().name(), locale),
                    v.signOverdue() ? text("progress.sign.overdue", locale, v.signDue().toString()) : null,
                    "light light-" + light.toLowerCase(Locale.ROOT), text("progress.light." + light, locale),
                    nextText));
        }
        return List.copyOf(rows);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }
}
