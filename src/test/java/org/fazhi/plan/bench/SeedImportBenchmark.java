package org.fazhi.plan.bench;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.fazhi.FazhiApplication;
import org.fazhi.plan.internal.PlanImportService;
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

/**
 * Import of the seed notice into PostgreSQL end to end (parse, resolve 104 unit mentions against the
 * registry, save the plan with its 7 sections, 24 tasks and ~700 responsibilities, record history, publish
 * the event), warm, on the embedded server with durable settings. Each invocation imports the seed under a
 * new 文号 (a first import, not the cheaper unchanged re-import); {@code reimportUnchanged} measures the
 * re-import of an unchanged notice for comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SeedImportBenchmark {

    private ConfigurableApplicationContext context;
    private PlanImportService imports;
    private String seed;
    private int counter = 10_000;

    @Setup(Level.Trial)
    public void start() {
        context = SpringApplication.run(FazhiApplication.class, "--spring.profiles.active=test", "--server.port=0",
                "--fazhi.home=target/bench-import", "--fazhi.db.embedded-durable=true", "--logging.level.root=warn");
        imports = context.getBean(PlanImportService.class);
        seed = new String(Notices.seed(), StandardCharsets.UTF_8);
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public long importSeedUnderANewDocNumber() {
        String text = seed.replace("遂府办函〔2021〕35号", "遂府办函〔2099〕" + (counter++) + "号");
        return imports.save(text.getBytes(StandardCharsets.UTF_8), "seed.txt", Map.of(), "bench");
    }

    @Benchmark
    public long reimportUnchanged() {
        return imports.save(Notices.seed(), "seed.txt", Map.of(), "bench");
    }
}
