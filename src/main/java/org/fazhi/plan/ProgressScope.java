package org.fazhi.plan;

/**
 * Whose progress a reader may read: the reporting loop's read rule (GB/T 22239-2019 8.1.4.2 access control, least
 * privilege), decided in one place by the progress module ({@link ProgressLookup#scope}) and applied by the ledger to
 * every page and export. The office and city leaders read every unit's report texts; a unit's liaison or leader reads
 * only his own unit's texts (status, 进展情况) and sees the other units of a task he shares at most as a light;
 * anyone else (the three administrators) reads nothing.
 *
 * @param allUnits every unit's texts (office, city leaders)
 * @param unitId   the one unit whose texts may be read, or {@code null}
 */
public record ProgressScope(boolean allUnits, Long unitId) {

    /** Reads no progress at all. */
    public static final ProgressScope NOTHING = new ProgressScope(false, null);
    /** Reads every unit's progress. */
    public static final ProgressScope EVERY_UNIT = new ProgressScope(true, null);

    /** Reads {@code unitId}'s report texts and the lights of the units it shares a task with. */
    public static ProgressScope unit(long unitId) {
        return new ProgressScope(false, unitId);
    }

    /** Whether the report texts of {@code unit} (status, 进展情况, next steps, reasons, evidence) may be read. */
    public boolean readsReportsOf(long unit) {
        return allUnits || (unitId != null && unitId == unit);
    }

    /** Whether any progress may be read (then at least the lights of the units sharing a task). */
    public boolean readsAnything() {
        return allUnits || unitId != null;
    }
}
