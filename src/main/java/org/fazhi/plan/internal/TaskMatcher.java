package org.fazhi.plan.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.plan.ingest.ParsedTask;

/**
 * Pairs the tasks of a re-imported notice with the tasks already saved: same number and title first,
 * then the same title under another number (tasks renumbered), then the same number with a new title
 * (a task reworded). Saved tasks left over are no longer in the notice.
 */
final class TaskMatcher {

    private final List<Task> unmatched;
    private final Map<ParsedTask, Task> matches = new IdentityHashMap<>();

    TaskMatcher(List<Task> existing, List<ParsedTask> parsed) {
        this.unmatched = new ArrayList<>(existing);
        pass(parsed, (p, t) -> t.getNumber() == p.number() && t.getTitle().equals(p.title()));
        pass(parsed, (p, t) -> t.getTitle().equals(p.title()));
        pass(parsed, (p, t) -> t.getNumber() == p.number());
    }

    private void pass(List<ParsedTask> parsed, java.util.function.BiPredicate<ParsedTask, Task> same) {
        for (ParsedTask p : parsed) {
            if (matches.containsKey(p)) {
                continue;
            }
            unmatched.stream().filter(t -> same.test(p, t)).findFirst().ifPresent(t -> {
                matches.put(p, t);
                unmatched.remove(t);
            });
        }
    }

    Optional<Task> existingFor(ParsedTask parsed) {
        return Optional.ofNullable(matches.get(parsed));
    }

    /** Saved tasks that the new notice no longer contains. */
    List<Task> leftOver() {
        return List.copyOf(unmatched);
    }
}
