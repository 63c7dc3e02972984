package org.fazhi.plan.ingest;

import java.util.List;

/**
 * A section of the plan ("一、深入学习贯彻习近平法治思想"). A notice without section headings gets one
 * section with a null heading.
 *
 * @param number     1-based
 * @param heading    the heading without its "一、" label
 * @param intro      prose between the heading and the first task, null if none
 * @param tasks      the tasks of the section
 * @param sourceLine the line of the heading, 0 for an implicit section
 */
public record ParsedSection(int number, String heading, String intro, List<ParsedTask> tasks, int sourceLine) {

    public ParsedSection {
        tasks = List.copyOf(tasks);
    }
}
