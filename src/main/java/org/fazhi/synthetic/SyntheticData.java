package org.fazhi.synthetic;

import java.util.List;

/** Generates synthetic data into the application's database (see the module's documentation). */
public interface SyntheticData {

    /** What one run wrote. */
    record Result(Scale scale, long seed, List<Integer> years, List<TableCount> tables, long millis) {

        public long rows() {
            return tables.stream().mapToLong(TableCount::rows).sum();
        }

        public long rowsPerSecond() {
            return millis == 0 ? rows() : rows() * 1000 / millis;
        }
    }

    /**
     * Writes one run, all or nothing.
     *
     * @param years how many plan years, ending with last year
     * @throws Refused when this run's data is already in the database; nothing is written
     */
    Result generate(Scale scale, long seed, int years);

    /** The run was refused before anything was written (a command-line message, in English). */
    class Refused extends RuntimeException {

        public Refused(String message) {
            super(message);
        }
    }
}
