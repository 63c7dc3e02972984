package org.fazhi.plan.ingest.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

import org.fazhi.plan.ingest.NoticeParser;
import org.fazhi.plan.ingest.ParseResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/** Parses of the seed notice (遂府办函〔2021〕35号, 15 KB, 24 tasks) per second on one thread; goal ≥ 2,000/s. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class SeedParseBenchmark {

    private final NoticeParser parser = new NoticeParser();
    private byte[] seed;

    @Setup
    public void load() throws IOException {
        try (InputStream in = SeedParseBenchmark.class.getResourceAsStream("/plans/suining-2021-rule-of-law-plan.txt")) {
            seed = in.readAllBytes();
        }
    }

    @Benchmark
    public ParseResult parseSeed() {
        return parser.parse(seed, "suining-2021-rule-of-law-plan.txt");
    }
}
