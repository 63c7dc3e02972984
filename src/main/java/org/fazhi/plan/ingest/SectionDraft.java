package org.fazhi.plan.ingest;

import java.util.ArrayList;
import java.util.List;

/** A section as collected: its heading, intro lines and task drafts. */
final class SectionDraft {

    final String heading;
    final int sourceLine;
    final List<String> intro = new ArrayList<>();
    final List<TaskDraft> tasks = new ArrayList<>();

    SectionDraft(String heading, int sourceLine) {
        this.heading = heading;
        this.sourceLine = sourceLine;
    }
}
