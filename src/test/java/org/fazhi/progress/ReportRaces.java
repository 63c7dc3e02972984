package org.fazhi.progress;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Two actions started at the same moment on two threads, each against the real database. */
final class ReportRaces {

    private ReportRaces() {
    }

    /** Runs both at once; each result is the value returned or the exception thrown. */
    static List<Object> race(Callable<Object> a, Callable<Object> b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<Object> fa = pool.submit(() -> run(start, a));
            Future<Object> fb = pool.submit(() -> run(start, b));
            start.countDown();
            return List.of(fa.get(), fb.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Object run(CountDownLatch start, Callable<Object> action) throws InterruptedException {
        start.await();
        try {
            return action.call();
        } catch (Exception e) {
            return e;
        }
    }
}
