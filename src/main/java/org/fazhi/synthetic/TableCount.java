package org.fazhi.synthetic;

/** Rows written into one table and how long it took. */
public record TableCount(String table, long rows, long millis) {

    /** Rows per second (rows when it took under a millisecond). */
    public long rowsPerSecond() {
        return millis == 0 ? rows : rows * 1000 / millis;
    }
}
