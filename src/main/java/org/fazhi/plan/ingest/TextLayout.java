package org.fazhi.plan.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the structure of running text: header lines until the first section or task label, then
 * sections ("一、"), tasks and their continuation and field lines. Which label starts a task is decided
 * per notice: of "(一)" and "1." the kind whose items carry responsibility tags (ties go to "(一)");
 * the other kind is either a higher level (a "(一)" group above "1." tasks — a section when the notice
 * has no "一、" headings, else kept in the section intro) or a sub-item inside the task body. A date line
 * (with the issuing office before it) after the tasks is the notice's signature, not task text.
 */
final class TextLayout {


    /** The lines the header recogniser should read, and what the body yielded. */
    record Result(List<SourceLine> headerLines, NoticeBuilder builder, List<SourceText> unplaced) {
    }

    private final Diagnostics diagnostics;

    TextLayout(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Result read(List<SourceLine> lines) {
        Labels taskLabel = chooseTaskLabel(lines);
        Labels sectionLabel = chooseSectionLabel(lines, taskLabel);
        NoticeBuilder builder = new NoticeBuilder();
        List<SourceLine> header = new ArrayList<>();
        List<SourceText> unplaced = new ArrayList<>();
        boolean inBody = false;
        TaskDraft task = null;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String text = line.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            Labels.Match section = sectionLabel == null ? null : sectionLabel.match(text);
            Labels.Match taskStart = taskLabel == null ? null : taskLabel.match(text);
            if (!inBody && section == null && taskStart == null) {
                header.add(line);
                continue;
            }
            inBody = true;
            if (section != null) {
                startSection(builder, section, line, diagnostics);
                task = null;
            } else if (taskStart != null) {
                task = new TaskDraft(taskStart.label(), taskStart.value(), line.number());
                task.lines.add(new SourceLine(line.number(), taskStart.rest().strip()));
                builder.addTask(task);
            } else if (ResponsibilityTagParser.isFieldLine(text)) {
                if (task == null) {
                    diagnostics.warn(line.number(), "orphanFields", TaskAssembler.abbreviate(text));
                    unplaced.add(new SourceText(line.number(), text));
                } else {
                    task.fieldLines.add(new SourceLine(line.number(), text));
                }
            } else if (isSignature(lines, i)) {
                header.add(line);
            } else if (isGroupHeading(text, taskLabel)) {
                builder.addGroupHeading(text);
            } else if (task != null) {
                task.lines.add(new SourceLine(line.number(), text));
            } else if (!builder.addIntro(text)) {
                unplaced.add(new SourceText(line.number(), text));
            }
        }
        return new Result(header, builder, unplaced);
    }

    private static void startSection(NoticeBuilder builder, Labels.Match section, SourceLine line,
            Diagnostics diagnostics) {
        String rest = section.rest().strip();
        int stop = rest.indexOf('。');
        if (stop > 0 && stop < rest.length() - 1) {
            builder.startLabelledSection(section, rest.substring(0, stop), line.number(), diagnostics);
            builder.addIntro(rest.substring(stop + 1));
        } else {
            builder.startLabelledSection(section, rest, line.number(), diagnostics);
        }
    }

    private static boolean isGroupHeading(String text, Labels taskLabel) {
        return taskLabel == Labels.ARABIC && Labels.CHINESE.match(text) != null;
    }

    /** A date line, or an office line right before a date line: the signature of the notice. */
    private static boolean isSignature(List<SourceLine> lines, int index) {
        String text = lines.get(index).text().strip();
        if (HeaderRecogniser.isDateLine(text)) {
            return true;
        }
        if (text.length() > 50 || !HeaderRecogniser.ORG_LINE.matcher(text).matches()) {
            return false;
        }
        for (int j = index + 1; j < lines.size(); j++) {
            String next = lines.get(j).text().strip();
            if (!next.isEmpty()) {
                return HeaderRecogniser.isDateLine(next);
            }
        }
        return false;
    }

    private static Labels chooseTaskLabel(List<SourceLine> lines) {
        int[] chinese = score(lines, Labels.CHINESE);
        int[] arabic = score(lines, Labels.ARABIC);
        if (chinese[1] == 0 && arabic[1] == 0) {
            return null;
        }
        if (chinese[1] == 0) {
            return Labels.ARABIC;
        }
        if (arabic[1] == 0) {
            return Labels.CHINESE;
        }
        return arabic[0] > chinese[0] ? Labels.ARABIC : Labels.CHINESE;
    }

    private static Labels chooseSectionLabel(List<SourceLine> lines, Labels taskLabel) {
        boolean hasSections = lines.stream().anyMatch(l -> Labels.SECTION.match(l.text().strip()) != null);
        if (hasSections) {
            return Labels.SECTION;
        }
        return taskLabel == Labels.ARABIC ? Labels.CHINESE : null;
    }

    private static boolean hasResponsibilityHint(String text) {
        if (text.contains("责任单位") || text.contains("牵头") || text.contains("配合单位")) {
            return true;
        }
        for (int at = text.indexOf("负责"); at >= 0; at = text.indexOf("负责", at + 1)) {
            if (at + 2 < text.length() && Brackets.isClose(text.charAt(at + 2))) {
                return true;
            }
        }
        return false;
    }

    /** [blocks of this label that carry a responsibility hint, lines with this label]. */
    private static int[] score(List<SourceLine> lines, Labels label) {
        int tagged = 0;
        int count = 0;
        boolean open = false;
        boolean hinted = false;
        for (SourceLine line : lines) {
            String text = line.text().strip();
            boolean starts = label.match(text) != null;
            if (starts || Labels.SECTION.match(text) != null) {
                tagged += open && hinted ? 1 : 0;
                open = starts;
                hinted = false;
                count += starts ? 1 : 0;
            }
            if (open && !hinted && hasResponsibilityHint(text)) {
                hinted = true;
            }
        }
        return new int[] {tagged + (open && hinted ? 1 : 0), count};
    }
}
