package org.fazhi.plan.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import org.fazhi.plan.ledger.ExcelLedgerWriter;
import org.fazhi.plan.ledger.Ledger;

/**
 * Peak heap of one Excel ledger export: builds the synthetic ledger, forces a GC, resets the heap pools' peak
 * usage, writes the ledger to a discarding stream and prints the heap peak (sum of the pools' peaks) and
 * the time. One size per JVM run: {@code java … ExcelLedgerHeap 100000}.
 */
public final class ExcelLedgerHeap {

    private ExcelLedgerHeap() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        Ledger ledger = SyntheticLedger.of(rows);
        System.gc();
        long before = heapUsed();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        ExcelLedgerBenchmark.CountingSink sink = new ExcelLedgerBenchmark.CountingSink();
        ExcelLedgerWriter.write(ledger, sink);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("rows=%d tasks=%d bytes=%d time=%d ms heapBeforeExport=%.1f MB peakHeapDuringExport=%.1f MB%n",
                rows, ledger.taskCount(), sink.bytes, millis, before / 1048576.0, peak / 1048576.0);
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
