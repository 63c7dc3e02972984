package org.fazhi.plan.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of a task's units a coordinator added by hand, read from its history: every EDITED change (an edit on
 * the task page or an Excel 回传) records "units: before → after" with each unit as {@code name#id}; units in
 * "after" but not "before" were added, units in "before" but not "after" removed — a later removal cancels an
 * earlier addition. A re-import keeps these units even though the notice does not name them.
 */
final class HandAdditions {

    private static final Pattern UNIT_ID = Pattern.compile("#(\\d+)");
    private static final String PREFIX = "units: ";
    private static final String ARROW = " → ";

    private HandAdditions() {
    }

    /** The unit ids added by hand and still wanted, from the task's history (oldest first). */
    static Set<Long> of(List<TaskChange> history) {
        Set<Long> added = new LinkedHashSet<>();
        for (TaskChange change : history) {
            if (change.getKind() != TaskChange.Kind.EDITED || change.getDetail() == null) {
                continue;
            }
            for (String line : change.getDetail().split("\n")) {
                int arrow = line.indexOf(ARROW);
                if (!line.startsWith(PREFIX) || arrow < 0) {
                    continue;
                }
                Set<Long> before = ids(line.substring(PREFIX.length(), arrow));
                Set<Long> after = ids(line.substring(arrow + ARROW.length()));
                after.stream().filter(id -> !before.contains(id)).forEach(added::add);
                before.stream().filter(id -> !after.contains(id)).forEach(added::remove);
            }
        }
        return added;
    }

    private static Set<Long> ids(String summary) {
        Set<Long> ids = new LinkedHashSet<>();
        Matcher m = UNIT_ID.matcher(summary);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
