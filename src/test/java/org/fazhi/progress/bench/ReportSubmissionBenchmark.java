package org.fazhi.progress.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.fazhi.FazhiApplication;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.Role;
import org.fazhi.plan.internal.PlanImportService;
import org.fazhi.progress.Frequency;
import org.fazhi.progress.ReportStatus;
import org.fazhi.progress.internal.AssignmentView;
import org.fazhi.progress.internal.PlanSettings;
import org.fazhi.progress.internal.ProgressQueries;
import org.fazhi.progress.internal.Reporting;
import org.fazhi.progress.internal.SignFor;
import org.fazhi.support.Notices;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;

/**
 * Submitting one progress report end to end on PostgreSQL (durable settings): lock the assignment, check the
 * idempotency key, the period and the content, insert the version, record the decision, publish the event —
 * without evidence, and with a 1 MB PDF (content check, SHA-256, stored in the same transaction). Each
 * invocation reports on a fresh (assignment, period) of copies of the seed plan with a monthly cycle.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 4, time = 5)
public class ReportSubmissionBenchmark {

    private record Slot(long assignment, long unit, String period) {
    }

    private ConfigurableApplicationContext context;
    private Reporting reporting;
    private final List<Slot> slots = new ArrayList<>();
    private int next;
    private byte[] pdf;

    @Setup(Level.Trial)
    public void start() {
        context = SpringApplication.run(FazhiApplication.class, "--spring.profiles.active=test", "--server.port=0",
                "--fazhi.home=target/bench-progress", "--fazhi.db.embedded-durable=true", "--logging.level.root=warn");
        reporting = context.getBean(Reporting.class);
        PlanImportService imports = context.getBean(PlanImportService.class);
        PlanSettings settings = context.getBean(PlanSettings.class);
        SignFor signFor = context.getBean(SignFor.class);
        ProgressQueries queries = context.getBean(ProgressQueries.class);
        CurrentUser office = new CurrentUser(0, "bench-office", "bench", null, Set.of(Role.COORDINATOR));
        String seed = new String(Notices.seed(), StandardCharsets.UTF_8);
        for (int copy = 0; copy < 3; copy++) {
            String text = seed.replace("遂府办函〔2021〕35号", "遂府办函〔2098〕" + System.nanoTime() % 1_000_000 + "号");
            long plan = imports.save(text.getBytes(StandardCharsets.UTF_8), "seed.txt", Map.of(), "bench");
            settings.change(office, new PlanSettings.Setting(plan, Frequency.MONTHLY, 5, false));
            for (AssignmentView view : queries.ofPlan(office, plan)) {
                long unit = view.assignment().unitId();
                signFor.sign(liaison(unit), view.assignment().id());
                view.periods().forEach(p -> slots.add(new Slot(view.assignment().id(), unit, p.period().key())));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        byte[] line = "% padding padding padding padding padding padding padding padding padding padding\n"
                .getBytes(StandardCharsets.US_ASCII);
        while (out.size() < 1_048_576 - 16) {
            out.writeBytes(line);
        }
        out.writeBytes("%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        pdf = out.toByteArray();
    }

    private static CurrentUser liaison(long unit) {
        return new CurrentUser(0, "bench-liaison", "bench", unit, Set.of(Role.UNIT_LIAISON));
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    private long submit(List<Reporting.Upload> files) {
        Slot slot = slots.get(next++);
        return reporting.save(liaison(slot.unit()), new Reporting.Draft(slot.assignment(), slot.period(),
                ReportStatus.IN_PROGRESS, null, "按计划推进，已完成阶段性工作。", "继续推进", 50, true,
                "bench-" + next + "-" + System.nanoTime(), null, files)).id();
    }

    @Benchmark
    public long submitWithoutAttachment() {
        return submit(List.of());
    }

    @Benchmark
    public long submitWithOneMegabytePdf() {
        return submit(List.of(new Reporting.Upload("evidence.pdf", new ByteArrayResource(pdf))));
    }
}
