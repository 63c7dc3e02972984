package org.fazhi.plan.internal;

import java.util.List;
import org.fazhi.plan.ingest.ParsedNotice;
import org.fazhi.plan.ingest.ParsedTask;
import org.fazhi.plan.ingest.Refusal;

/**
 * What an import would do, shown before anything is saved.
 *
 * @param refusal        why the notice cannot be imported at all, or {@code null}
 * @param notice         the parsed notice ({@code null} when refused)
 * @param tasks          each task with its resolved units and unknown names
 * @param unknownNames   every name that resolved to nothing (the coordinator maps or creates each)
 * @param existingPlanId the plan with the same 文号 that a save would update, or {@code null}
 * @param changes        for a re-import: what changes per task
 */
public record ImportPreview(Refusal refusal, ParsedNotice notice, List<TaskPreview> tasks, List<String> unknownNames,
                            Long existingPlanId, List<PlannedChange> changes) {

    /** One task of the notice and what its unit list resolved to. */
    public record TaskPreview(ParsedTask task, List<ResolvedUnit> units, List<String> unknown) {
    }

    /** What a re-import does to one task. */
    public record PlannedChange(int number, String title, Kind kind, List<String> details) {
        /** New, changed, unchanged or withdrawn (in the plan but no longer in the notice). */
        public enum Kind { NEW, CHANGED, UNCHANGED, WITHDRAWN }
    }

    public boolean refused() {
        return refusal != null;
    }

    /** A save can go ahead: the notice parsed and every unit name is resolved or mapped. */
    public boolean saveable() {
        return refusal == null && unknownNames.isEmpty();
    }

    static ImportPreview refused(Refusal refusal) {
        return new ImportPreview(refusal, null, List.of(), List.of(), null, List.of());
    }
}
