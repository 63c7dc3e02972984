package org.fazhi.calendar.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.fazhi.calendar.DeadlineExplanation;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.HolidayYear;
import org.fazhi.calendar.NaiveDayByDay;
import org.fazhi.calendar.Period;
import org.fazhi.calendar.internal.BundledCalendarData;
import org.fazhi.calendar.internal.DeadlineCalculator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Deadline computations per second for 20-working-day periods on the bundled 2021–2026 calendar, single
 * thread: the indexed calculator (binary search over a running working-day count), the same with the full
 * explanation, and a naive day-by-day walk over hash sets as the baseline. Start dates cycle through 4096
 * random days in 2021–2026. See docs/benchmarks-calendar.md for the command and results.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
@Threads(1)
public class DeadlineBenchmark {

    private static final Period TWENTY_WORKING_DAYS = Period.workingDays(20);
    private static final int MASK = 4095;

    private DeadlineCalculator calculator;
    private NaiveDayByDay naive;
    private LocalDate[] starts;
    private int next;

    @Setup
    public void setUp() {
        List<HolidayYear> years = BundledCalendarData.years();
        calculator = new DeadlineCalculator(org.fazhi.calendar.WorkingCalendar.of(years));
        naive = new NaiveDayByDay(years);
        Random random = new Random(42);
        starts = new LocalDate[MASK + 1];
        LocalDate first = LocalDate.of(2021, 1, 1);
        for (int i = 0; i < starts.length; i++) {
            starts[i] = first.plusDays(random.nextInt(6 * 365 - 60));
        }
    }

    private LocalDate nextStart() {
        return starts[next++ & MASK];
    }

    @Benchmark
    public LocalDate indexed20WorkingDays() {
        return calculator.deadline(nextStart(), TWENTY_WORKING_DAYS);
    }

    @Benchmark
    public DeadlineExplanation indexed20WorkingDaysWithExplanation() {
        return calculator.explain(DeadlineRequest.of(nextStart(), TWENTY_WORKING_DAYS));
    }

    @Benchmark
    public LocalDate naiveDayByDay20WorkingDays() {
        return naive.addWorkingDays(nextStart(), 20);
    }

    /** Runs all benchmarks of this class with the annotated settings. */
    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(new String[] {DeadlineBenchmark.class.getSimpleName()});
    }
}
