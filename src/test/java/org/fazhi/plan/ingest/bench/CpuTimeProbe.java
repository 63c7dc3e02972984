package org.fazhi.plan.ingest.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.fazhi.plan.ingest.NoticeParser;

/**
 * A cross-check for the JMH figures on a shared, loaded machine: parses per second of the parsing
 * thread's own CPU time (not wall-clock time), for the seed and the 100 KB and 1 MB synthetic notices.
 * Run: {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.fazhi.plan.ingest.bench.CpuTimeProbe}
 */
public final class CpuTimeProbe {

    private CpuTimeProbe() {
    }

    public static void main(String[] args) throws IOException {
        byte[] seed;
        try (InputStream in = CpuTimeProbe.class.getResourceAsStream("/plans/suining-2021-rule-of-law-plan.txt")) {
            seed = in.readAllBytes();
        }
        probe("seed", seed);
        probe("100 KB", SyntheticNotice.ofSize(100_000));
        probe("1 MB", SyntheticNotice.ofSize(1_000_000));
    }

    private static void probe(String name, byte[] notice) {
        NoticeParser parser = new NoticeParser(64L * 1024 * 1024);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 8; round++) {
            long start = threads.getCurrentThreadCpuTime();
            int parses = 0;
            while (threads.getCurrentThreadCpuTime() - start < 1_000_000_000L) {
                parser.parse(notice, "probe.txt");
                parses++;
            }
            if (round > 3) {
                System.out.printf("%-7s round %d: %6d parses per CPU-second, %5.1f MB per CPU-second%n", name, round,
                        parses, (double) parses * notice.length / 1e6);
            }
        }
    }
}
