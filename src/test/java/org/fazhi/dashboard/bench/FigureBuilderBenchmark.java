package org.fazhi.dashboard.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.fazhi.dashboard.internal.FigureBuilder;
import org.fazhi.dashboard.internal.PlanFigures;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitView;
import org.fazhi.plan.SectionSummary;
import org.fazhi.plan.TrafficLight;
import org.fazhi.progress.AssignmentRecord;
import org.fazhi.progress.AssignmentStatus;
import org.fazhi.progress.PeriodDelivery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-memory part of recomputing one plan's dashboard: a large plan (60 tasks in 8 sections × {@code units}
 * responsible units, quarterly reports plus the task's own deadline) turned into every figure. The database
 * part (ProgressDirectory.recordsOfPlan) is measured with wrk on the whole page, see docs/dashboard.md.
 * Run: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main FigureBuilderBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FigureBuilderBenchmark {

    @Param({"50"})
    int units;

    private List<AssignmentRecord> records;
    private List<SectionSummary> sections;
    private List<UnitView> unitViews;
    private final LocalDate today = LocalDate.of(2026, 11, 27);

    @Setup
    public void setUp() {
        Random random = new Random(7);
        unitViews = new ArrayList<>();
        UnitKind[] kinds = {UnitKind.MUNICIPAL_DEPARTMENT, UnitKind.COUNTY_GOVERNMENT, UnitKind.PARK_COMMITTEE};
        for (int u = 0; u < units; u++) {
            unitViews.add(new UnitView(u, kinds[u % 3], "单位" + u, null, null, true));
        }
        sections = new ArrayList<>();
        for (int s = 0; s < 8; s++) {
            List<Long> tasks = new ArrayList<>();
            for (long t = s * 8L; t < Math.min(60, s * 8L + 8); t++) {
                tasks.add(t);
            }
            sections.add(new SectionSummary(s, 1, s + 1, "部分" + s, tasks));
        }
        records = new ArrayList<>();
        long id = 0;
        for (long t = 0; t < 60; t++) {
            for (int u = 0; u < units; u++) {
                List<PeriodDelivery> periods = new ArrayList<>();
                for (int q = 1; q <= 5; q++) {
                    LocalDate due = LocalDate.of(2026, Math.min(12, q * 3), 10);
                    LocalDate sent = random.nextInt(4) == 0 ? null : due.plusDays(random.nextInt(9) - 6);
                    periods.add(new PeriodDelivery("2026-Q" + q, due, sent, sent != null));
                }
                TrafficLight light = TrafficLight.values()[random.nextInt(3)];
                records.add(new AssignmentRecord(new AssignmentStatus(id++, 1, t, "(" + t + ")", "任务" + t, u,
                        "单位" + u, true, random.nextInt(3) == 0, light, List.of(), List.of()), periods,
                        random.nextInt(5) == 0 ? 1 : 0));
            }
        }
    }

    @Benchmark
    public PlanFigures build() {
        return FigureBuilder.build(1, today, records, sections, id -> unitViews.get((int) (long) id));
    }
}
