package org.fazhi.plan.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects sections and task drafts in notice order and assembles them. Task numbers run through the
 * whole notice. Label numbering is checked: a label seen twice in the same numbering run is refused as a
 * duplicate (re-import matches tasks by number, so a duplicate would make the ledger ambiguous); a jump
 * (二 → 四) is a warning, since a task may have been lost; numbering that restarts at 1 in a new
 * section is a new run, not a duplicate.
 */
final class NoticeBuilder {

    private final List<SectionDraft> sections = new ArrayList<>();
    private SectionDraft current;
    private boolean implicitSection;
    private Labels.Match lastSectionLabel;

    /**
     * Starts a section whose heading carried a label ("三、"); a jump in the labels (二 → 四) is a
     * warning, since a heading line may have been lost and its tasks merged into the section before.
     */
    void startLabelledSection(Labels.Match label, String heading, int line, Diagnostics diagnostics) {
        if (lastSectionLabel != null && lastSectionLabel.value() > 0 && label.value() > lastSectionLabel.value() + 1) {
            diagnostics.warn(line, "sectionNumberGap", lastSectionLabel.label(), label.label());
        }
        lastSectionLabel = label;
        startSection(heading, line);
    }

    void startSection(String heading, int line) {
        String clean = heading.strip();
        while (!clean.isEmpty() && "。;；".indexOf(clean.charAt(clean.length() - 1)) >= 0) {
            clean = clean.substring(0, clean.length() - 1);
        }
        current = new SectionDraft(clean, line);
        sections.add(current);
    }

    void addTask(TaskDraft task) {
        if (current == null) {
            current = new SectionDraft(null, 0);
            sections.add(current);
            implicitSection = true;
        }
        current.tasks.add(task);
    }

    /** Text after a heading and before its first task; false if the section already has tasks. */
    boolean addIntro(String text) {
        if (current == null || !current.tasks.isEmpty()) {
            return false;
        }
        current.intro.add(text.strip());
        return true;
    }

    /** A group heading ("(一)…" above "1." tasks) inside a section: kept in the section intro. */
    void addGroupHeading(String text) {
        if (current == null) {
            startSection(text, 0);
        } else {
            current.intro.add(text.strip());
        }
    }

    TaskDraft lastTask() {
        return current == null || current.tasks.isEmpty() ? null : current.tasks.get(current.tasks.size() - 1);
    }

    boolean hasTasks() {
        return sections.stream().anyMatch(s -> !s.tasks.isEmpty());
    }

    List<SectionDraft> sections() {
        return sections;
    }

    List<ParsedSection> build(TaskAssembler assembler, Diagnostics diagnostics) {
        checkNumbering(diagnostics);
        List<ParsedSection> result = new ArrayList<>();
        int taskNumber = 0;
        int sectionNumber = 0;
        for (SectionDraft section : sections) {
            List<ParsedTask> tasks = new ArrayList<>();
            for (TaskDraft draft : section.tasks) {
                tasks.add(assembler.assemble(draft, ++taskNumber));
            }
            String intro = section.intro.isEmpty() ? null : String.join("\n", section.intro);
            result.add(new ParsedSection(++sectionNumber, section.heading, intro, tasks, section.sourceLine));
        }
        return result;
    }

    private void checkNumbering(Diagnostics diagnostics) {
        if (implicitSection && sections.size() > 1 && !sections.get(0).tasks.isEmpty()) {
            TaskDraft first = sections.get(0).tasks.get(0);
            diagnostics.warn(first.sourceLine, "taskBeforeSection", first.label);
        }
        Map<Integer, TaskDraft> seen = new HashMap<>();
        TaskDraft previous = null;
        for (SectionDraft section : sections) {
            boolean firstInSection = true;
            for (TaskDraft task : section.tasks) {
                if (task.labelValue < 0) {
                    continue;
                }
                if (firstInSection && task.labelValue == 1) {
                    seen.clear();
                    previous = null;
                }
                firstInSection = false;
                if (seen.containsKey(task.labelValue)) {
                    throw new RefusedException("duplicateTaskNumber", task.sourceLine, task.sourceLine, task.label);
                }
                if (previous != null && task.labelValue > previous.labelValue + 1) {
                    diagnostics.warn(task.sourceLine, "numberGap", previous.label, task.label);
                }
                seen.put(task.labelValue, task);
                previous = task;
            }
        }
    }
}
