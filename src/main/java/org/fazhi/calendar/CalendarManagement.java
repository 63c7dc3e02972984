package org.fazhi.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.fazhi.calendar.internal.BundledCalendarData;
import org.fazhi.calendar.internal.DeadlineCalculator;
import org.fazhi.calendar.internal.DeadlineRecomputation;
import org.fazhi.calendar.internal.HolidayFileReader;
import org.fazhi.calendar.internal.HolidayFileWriter;
import org.fazhi.calendar.internal.StatuteRuleReader;
import org.fazhi.calendar.internal.StoredCalendarYears;
import org.fazhi.calendar.internal.StoredCalendarYears.StoredYear;
import org.fazhi.platform.Changes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar module's facade: the current working-day calendar (bundled State Council data for
 * 2021–2026, overridden or extended by the system administrator's uploads), the statutory period rules,
 * deadline computation with explanation, and calendar changes that recompute every open deadline.
 */
@Service
public class CalendarManagement {

    private static final Logger log = LoggerFactory.getLogger(CalendarManagement.class);

    private final StoredCalendarYears stored;
    private final ObjectProvider<DeadlineSource> sources;
    private final ApplicationEventPublisher events;
    private final StatuteRules bundledRules = StatuteRuleReader.bundled();
    private final Map<Integer, HolidayYear> bundled = new TreeMap<>();
    private volatile State state;

    private final Changes changes;

    /**
     * The calendar and rules in force, where each year came from, and the {@link Changes#CALENDAR} version they were
     * read under (a change here or on another instance on the same database moves it, and they are read again).
     */
    private record State(DeadlineCalculator calculator, Map<Integer, StoredYear> overrides, StatuteRules rules,
                         long version) {
    }

    CalendarManagement(StoredCalendarYears stored, ObjectProvider<DeadlineSource> sources,
                       ApplicationEventPublisher events, Changes changes) {
        this.changes = changes;
        this.stored = stored;
        this.sources = sources;
        this.events = events;
        BundledCalendarData.years().forEach(year -> bundled.put(year.year(), year));
    }

    /** The working-day calendar in force. */
    public WorkingCalendar calendar() {
        return state().calculator().calendar();
    }

    /** The named period rules in force (bundled, with the administrator's figures for configurable ones). */
    public StatuteRules rules() {
        return state().rules();
    }

    /** The deadline of {@code request} (fast path; no explanation). */
    public LocalDate deadline(DeadlineRequest request) {
        return state().calculator().deadline(request);
    }

    /** The deadline of {@code request} with its full explanation. */
    public DeadlineExplanation explain(DeadlineRequest request) {
        return state().calculator().explain(request);
    }

    /** The deadline of the rule {@code ruleId} from {@code start}, explained; unknown ids are refused. */
    public DeadlineExplanation explain(LocalDate start, String ruleId) {
        return explain(DeadlineRequest.of(start, rules().get(ruleId)));
    }

    /** Every day of {@code month}, with kind, holiday name and whether the year was assumed Monday–Friday. */
    public List<CalendarDay> month(YearMonth month) {
        WorkingCalendar calendar = calendar();
        List<CalendarDay> days = new ArrayList<>(month.lengthOfMonth());
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            days.add(calendar.day(month.atDay(d)));
        }
        return days;
    }

    /** Every year with data, bundled or uploaded, ascending. */
    public List<YearStatus> years() {
        State current = state();
        List<YearStatus> years = new ArrayList<>();
        for (int year : calendar().knownYears()) {
            HolidayYear data = calendar().year(year).orElseThrow();
            StoredYear upload = current.overrides().get(year);
            int off = (int) data.days().stream().filter(HolidayEntry::offDay).count();
            years.add(new YearStatus(year, bundled.containsKey(year), upload != null,
                    upload == null ? null : upload.updatedBy(), upload == null ? null : upload.updatedAt(),
                    off, data.days().size() - off, data.papers()));
        }
        return years;
    }

    /** The data in force for {@code year} as holiday-cn JSON, for the administrator's form. */
    public Optional<String> yearAsJson(int year) {
        return calendar().year(year).map(HolidayFileWriter::toJson);
    }

    /**
     * Adds or corrects a year from holiday-cn JSON. The file is validated first; any fault refuses it with
     * a {@link CalendarFileException} listing line and date, and nothing changes. Otherwise the year is
     * stored (so it survives restarts), the calendar swapped, every open deadline from the
     * {@link DeadlineSource}s recomputed, and {@link CalendarChanged} published naming those that moved.
     */
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Transactional
    public synchronized CalendarChanged replaceYear(String json, String actor) {
        HolidayYear year = HolidayFileReader.read(json);
        State before = state();
        WorkingCalendar after = before.calculator().calendar().withYear(year);
        List<MovedDeadline> moved = DeadlineRecomputation.movedBy(before.calculator().calendar(), after, openDeadlines());
        stored.save(year.year(), json, actor);
        stored.logChange(year.year(), actor, moved);
        Map<Integer, StoredYear> overrides = new TreeMap<>(before.overrides());
        overrides.put(year.year(), new StoredYear(year.year(), json, actor, Instant.now()));
        CalendarChanged changed = new CalendarChanged(year.year(), actor, moved);
        events.publishEvent(changed);
        changes.changed(Changes.CALENDAR);
        state = new State(new DeadlineCalculator(after), overrides, before.rules(), changes.version(Changes.CALENDAR));
        log.info("calendar year {} replaced by {}; {} open deadline(s) moved", year.year(), actor, moved.size());
        return changed;
    }

    /**
     * The form way of correcting a year: lists {@code date} in {@code year}'s data as a day off
     * ({@code offDay} true, named {@code name}), a make-up working day ({@code offDay} false), or removes
     * its listing ({@code offDay} null). The result goes through the same validation, storage and
     * recomputation as an uploaded file ({@link #replaceYear}).
     */
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Transactional
    public synchronized CalendarChanged correctDay(int year, LocalDate date, String name, Boolean offDay,
                                                   String actor) {
        HolidayYear current = calendar().year(year).orElse(new HolidayYear(year, List.of(), List.of()));
        List<HolidayEntry> days = new ArrayList<>(current.days().stream().filter(d -> !d.date().equals(date)).toList());
        if (offDay != null) {
            days.add(new HolidayEntry(date, name == null ? "" : name.strip(), offDay));
            days.sort(Comparator.comparing(HolidayEntry::date));
        }
        return replaceYear(HolidayFileWriter.toJson(new HolidayYear(year, current.papers(), days)), actor);
    }

    /** The open deadlines of {@code username} from every {@link DeadlineSource} (for the ICS feed). */
    public List<TrackedDeadline> openDeadlinesFor(String username) {
        List<TrackedDeadline> all = new ArrayList<>();
        sources.orderedStream().forEach(source -> all.addAll(source.openDeadlinesFor(username)));
        return all;
    }

    /**
     * Rebuilds the calendar from the bundled files and the stored uploads (done lazily on first use, and again
     * once a change here or on another instance moved {@link Changes#CALENDAR}).
     */
    public synchronized void reload() {
        long version = changes.version(Changes.CALENDAR);
        Map<Integer, HolidayYear> years = new TreeMap<>(bundled);
        Map<Integer, StoredYear> overrides = new TreeMap<>();
        for (StoredYear upload : stored.findAll()) {
            try {
                years.put(upload.year(), HolidayFileReader.read(upload.json()));
                overrides.put(upload.year(), upload);
            } catch (CalendarFileException e) {
                log.error("stored calendar year {} no longer validates and is ignored: {}", upload.year(),
                        e.problems());
            }
        }
        StatuteRules rules = bundledRules;
        for (Map.Entry<String, Integer> figure : stored.ruleLengths().entrySet()) {
            try {
                rules = rules.withLength(figure.getKey(), figure.getValue());
            } catch (CalendarException e) {
                log.error("stored figure for period rule {} is ignored: {}", figure.getKey(), e.getMessage());
            }
        }
        state = new State(new DeadlineCalculator(WorkingCalendar.of(years.values())), overrides, rules, version);
    }

    /**
     * Sets the figure of a configurable period rule (e.g. filing of normative documents: 15 or 30 days
     * depending on the province). Statutory rules are refused. The figure is stored, open deadlines counted
     * under the rule are recomputed, and {@link StatuteRuleChanged} names those that moved.
     */
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Transactional
    public synchronized StatuteRuleChanged changeRuleLength(String ruleId, int length, String actor) {
        State before = state();
        StatuteRule old = before.rules().get(ruleId);
        StatuteRules rules = before.rules().withLength(ruleId, length);
        StatuteRule now = rules.get(ruleId);
        List<MovedDeadline> moved = DeadlineRecomputation.movedByRule(before.calculator().calendar(), now,
                openDeadlines());
        stored.saveRuleLength(ruleId, length, actor);
        StatuteRuleChanged changed = new StatuteRuleChanged(ruleId, old.period(), now.period(), actor, moved);
        events.publishEvent(changed);
        changes.changed(Changes.CALENDAR);
        state = new State(before.calculator(), before.overrides(), rules, changes.version(Changes.CALENDAR));
        log.info("period rule {} set to {} by {}; {} open deadline(s) moved", ruleId, now.period(), actor,
                moved.size());
        return changed;
    }

    private Map<String, DeadlineRequest> openDeadlines() {
        Map<String, DeadlineRequest> open = new LinkedHashMap<>();
        sources.orderedStream().forEach(source ->
                source.openDeadlines().forEach(d -> open.put(d.id(), d.request())));
        return open;
    }

    private State state() {
        State current = state;
        if (current == null || current.version() != changes.version(Changes.CALENDAR)) {
            reload();
            current = state;
        }
        return current;
    }
}
