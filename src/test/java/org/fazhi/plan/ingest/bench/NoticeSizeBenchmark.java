package org.fazhi.plan.ingest.bench;

import java.util.concurrent.TimeUnit;

import org.fazhi.plan.ingest.NoticeParser;
import org.fazhi.plan.ingest.ParseResult;
import org.fazhi.plan.ingest.ParsedNotice;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Time to parse a synthetic notice of 100 KB and of 1 MB on one thread: linear parsing takes ten times as
 * long for ten times the bytes (same bytes/s), quadratic parsing would take a hundred times as long.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
public class NoticeSizeBenchmark {

    @Param({"100000", "1000000"})
    public int size;

    private final NoticeParser parser = new NoticeParser(64L * 1024 * 1024);
    private byte[] notice;

    @Setup
    public void build() {
        notice = SyntheticNotice.ofSize(size);
        ParseResult check = parser.parse(notice, "synthetic.txt");
        if (!(check instanceof ParsedNotice parsed) || parsed.allTasks().size() != SyntheticNotice.taskCount(notice)) {
            throw new IllegalStateException("synthetic notice does not parse: " + check);
        }
    }

    @Benchmark
    public ParseResult parseNotice() {
        return parser.parse(notice, "synthetic.txt");
    }
}
