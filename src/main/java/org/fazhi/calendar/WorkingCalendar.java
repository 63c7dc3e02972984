package org.fazhi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The official working-day calendar (工作日历): Monday–Friday, minus official holidays, plus make-up
 * working days (调休), for the years whose State Council notice is known; plain Monday–Friday for the
 * others (callers must flag those — see {@link #isKnownYear(int)}).
 *
 * <p>Immutable. Built once per calendar change into a per-day index: a kind per day and a running count
 * of working days, so adding N working days is a binary search, not a day-by-day walk.
 */
public final class WorkingCalendar {

    /** First year the index covers. */
    public static final int FIRST_SUPPORTED_YEAR = 2000;
    /** Last year the index covers. */
    public static final int LAST_SUPPORTED_YEAR = 2199;

    private static final LocalDate FIRST_DAY = LocalDate.of(FIRST_SUPPORTED_YEAR, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(LAST_SUPPORTED_YEAR, 12, 31);
    private static final long FIRST_EPOCH_DAY = FIRST_DAY.toEpochDay();
    private static final int DAY_COUNT = (int) (LAST_DAY.toEpochDay() - FIRST_EPOCH_DAY + 1);
    private static final DayKind[] KINDS = DayKind.values();

    private final SortedMap<Integer, HolidayYear> years;
    private final byte[] kinds;
    /** {@code workingUpTo[i]} = number of working days in index days {@code 0..i}. */
    private final int[] workingUpTo;
    private final Map<LocalDate, String> names;

    private WorkingCalendar(SortedMap<Integer, HolidayYear> years) {
        this.years = Collections.unmodifiableSortedMap(years);
        this.kinds = new byte[DAY_COUNT];
        this.names = new HashMap<>();
        LocalDate day = FIRST_DAY;
        for (int i = 0; i < DAY_COUNT; i++, day = day.plusDays(1)) {
            kinds[i] = (byte) plainKind(day).ordinal();
        }
        // Ascending order: a late-December date carried by next year's file overrides the earlier file.
        for (HolidayYear year : years.values()) {
            for (HolidayEntry entry : year.days()) {
                kinds[index(entry.date())] =
                        (byte) (entry.offDay() ? DayKind.HOLIDAY : DayKind.MAKEUP_WORKDAY).ordinal();
                names.put(entry.date(), entry.name());
            }
        }
        this.workingUpTo = new int[DAY_COUNT];
        int running = 0;
        for (int i = 0; i < DAY_COUNT; i++) {
            if (KINDS[kinds[i]].isWorking()) {
                running++;
            }
            workingUpTo[i] = running;
        }
    }

    /** A calendar built from the given years of holiday data. */
    public static WorkingCalendar of(Collection<HolidayYear> holidayYears) {
        SortedMap<Integer, HolidayYear> byYear = new TreeMap<>();
        for (HolidayYear year : holidayYears) {
            byYear.put(year.year(), year);
        }
        return new WorkingCalendar(byYear);
    }

    /** A calendar with no holiday data at all: every year is plain Monday–Friday and flagged unknown. */
    public static WorkingCalendar mondayToFriday() {
        return new WorkingCalendar(new TreeMap<>());
    }

    /** A new calendar where {@code year} replaces any data held for the same year. */
    public WorkingCalendar withYear(HolidayYear year) {
        SortedMap<Integer, HolidayYear> copy = new TreeMap<>(years);
        copy.put(year.year(), year);
        return new WorkingCalendar(copy);
    }

    /** Whether the State Council data for {@code year} is loaded. */
    public boolean isKnownYear(int year) {
        return years.containsKey(year);
    }

    /** The years with holiday data, ascending. */
    public SortedSet<Integer> knownYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
    }

    /** The holiday data loaded for {@code year}, if any. */
    public Optional<HolidayYear> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /** The years in {@code from..to} (inclusive) that have no holiday data and were assumed Monday–Friday. */
    public SortedSet<Integer> unknownYearsBetween(LocalDate from, LocalDate to) {
        if (from.getYear() == to.getYear() && isKnownYear(from.getYear())) {
            return Collections.emptySortedSet();
        }
        SortedSet<Integer> unknown = new TreeSet<>();
        for (int y = Math.min(from.getYear(), to.getYear()); y <= Math.max(from.getYear(), to.getYear()); y++) {
            if (!isKnownYear(y)) {
                unknown.add(y);
            }
        }
        return unknown;
    }

    /** The kind of {@code date}. */
    public DayKind kindOf(LocalDate date) {
        return KINDS[kinds[index(date)]];
    }

    /** The kind of the day {@code epochDay} (days since 1970-01-01) — for loops that avoid creating dates. */
    public DayKind kindOfEpochDay(long epochDay) {
        long i = epochDay - FIRST_EPOCH_DAY;
        if (i < 0 || i >= DAY_COUNT) {
            throw outOfRange(LocalDate.ofEpochDay(epochDay));
        }
        return KINDS[kinds[(int) i]];
    }

    /** The holiday name the notice gives {@code date}, or {@code null} when it is not listed. */
    public String holidayName(LocalDate date) {
        return names.get(date);
    }

    /** Whether a working-day period counts {@code date}. */
    public boolean isWorkingDay(LocalDate date) {
        return kindOf(date).isWorking();
    }

    /** {@code date} with its kind, holiday name and whether its year was assumed. */
    public CalendarDay day(LocalDate date) {
        return new CalendarDay(date, kindOf(date), names.get(date), !isKnownYear(date.getYear()));
    }

    /**
     * The day on which a period of {@code count} working days starting on {@code start} ends: the start
     * day is not counted, and the result is always a working day (for {@code count >= 1}).
     */
    public LocalDate addWorkingDays(LocalDate start, int count) {
        if (count < 0) {
            throw new CalendarException("error.calendar.period.negative", count);
        }
        int from = index(start);
        if (count == 0) {
            return start;
        }
        long target = (long) workingUpTo[from] + count;
        if (target > workingUpTo[DAY_COUNT - 1]) {
            throw outOfRange(start.plusDays(count * 2L));
        }
        return dateAt(firstIndexReaching((int) target, from + count, DAY_COUNT - 1));
    }

    /**
     * The working day {@code d} such that exactly {@code count} working days lie in {@code (d, end]} —
     * counting back from {@code end}, the inverse of {@link #addWorkingDays} for working-day starts.
     */
    public LocalDate subtractWorkingDays(LocalDate end, int count) {
        if (count < 0) {
            throw new CalendarException("error.calendar.period.negative", count);
        }
        int target = workingUpTo[index(end)] - count;
        if (target < 1) {
            throw outOfRange(end.minusDays(count * 2L));
        }
        return dateAt(firstIndexReaching(target, 0, index(end)));
    }

    /** The number of working days in {@code (after, upTo]}; zero when {@code upTo} is not after {@code after}. */
    public int workingDaysBetween(LocalDate after, LocalDate upTo) {
        int a = index(after);
        int b = index(upTo);
        return b <= a ? 0 : workingUpTo[b] - workingUpTo[a];
    }

    /** {@code date} itself if it is a working day, otherwise the first working day after it. */
    public LocalDate onOrNextWorkingDay(LocalDate date) {
        return isWorkingDay(date) ? date : addWorkingDays(date, 1);
    }

    /** Lowest index in {@code [lo, hi]} whose running count reaches {@code target} (the count is non-decreasing). */
    private int firstIndexReaching(int target, int lo, int hi) {
        int low = Math.min(lo, hi);
        int high = hi;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (workingUpTo[mid] >= target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private static DayKind plainKind(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? DayKind.WEEKEND : DayKind.WORKDAY;
    }

    private static int index(LocalDate date) {
        long i = date.toEpochDay() - FIRST_EPOCH_DAY;
        if (i < 0 || i >= DAY_COUNT) {
            throw outOfRange(date);
        }
        return (int) i;
    }

    private static LocalDate dateAt(int index) {
        return LocalDate.ofEpochDay(FIRST_EPOCH_DAY + index);
    }

    private static CalendarException outOfRange(LocalDate date) {
        return new CalendarException("error.calendar.date.outOfRange", date.toString(),
                FIRST_DAY.toString(), LAST_DAY.toString());
    }
}
