package org.fazhi.plan.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.fazhi.plan.ledger.ExcelLedgerWriter;
import org.fazhi.plan.ledger.Ledger;
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
 * Time to write the Excel 台账 of 100, 10,000 and 100,000 task-unit rows (four unit rows per task, so five
 * merged regions per task) to a discarding stream, through {@link ExcelLedgerWriter} (POI SXSSF). Run with
 * {@code -prof gc} for allocation; {@link ExcelLedgerHeap} measures peak heap. See docs/benchmarks-ledger.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class ExcelLedgerBenchmark {

    @Param({"100", "10000", "100000"})
    public int rows;

    private Ledger ledger;

    @Setup
    public void setUp() {
        ledger = SyntheticLedger.of(rows);
    }

    @Benchmark
    public long excelLedger() throws IOException {
        CountingSink sink = new CountingSink();
        ExcelLedgerWriter.write(ledger, sink);
        return sink.bytes;
    }

    /** Discards what is written, counting the bytes (so the work cannot be optimised away). */
    static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
