package org.fazhi.plan.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays out .docx blocks and .xlsx sheets. Where a table has a task header (see {@link TaskColumns}),
 * its rows are the tasks, the paragraphs before the first such table are the header, and "一、" paragraphs
 * between tables start sections. Where no table has a task header, everything is read as running text
 * by {@link TextLayout} (a Word copy of a text notice).
 */
final class OfficeLayout {

    private static final int HEADER_SEARCH_ROWS = 30;

    private final Diagnostics diagnostics;

    OfficeLayout(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    @SuppressWarnings("unchecked")
    TextLayout.Result readDocx(List<Object> blocks) {
        boolean anyTaskTable = blocks.stream().anyMatch(b -> b instanceof List<?> rows && headerIndex((List<TableRow>) rows) >= 0);
        if (!anyTaskTable) {
            return new TextLayout(diagnostics).read(flatten(blocks));
        }
        NoticeBuilder builder = new NoticeBuilder();
        List<SourceLine> header = new ArrayList<>();
        List<SourceText> unplaced = new ArrayList<>();
        boolean seenTable = false;
        for (Object block : blocks) {
            if (block instanceof SourceLine line) {
                placeParagraph(line, seenTable, builder, header, unplaced);
            } else {
                List<TableRow> rows = (List<TableRow>) block;
                int headerRow = headerIndex(rows);
                if (headerRow < 0) {
                    diagnostics.warn(rows.isEmpty() ? 0 : rows.get(0).line(), "tableWithoutHeader");
                    for (TableRow row : rows) {
                        placeParagraph(new SourceLine(row.line(), row.joined()), seenTable, builder, header, unplaced);
                    }
                    continue;
                }
                rows.subList(0, headerRow).forEach(r -> header.add(new SourceLine(r.line(), r.joined())));
                readTaskRows(rows, headerRow, builder);
                seenTable = true;
            }
        }
        return new TextLayout.Result(header, builder, unplaced);
    }

    /** A ledger's sheets; a sheet named like a plan ("2024年任务台账") with no title row above its header gives the title. */
    TextLayout.Result readXlsx(Map<String, List<TableRow>> sheets) {
        boolean anyTaskSheet = sheets.values().stream().anyMatch(rows -> headerIndex(rows) >= 0);
        if (!anyTaskSheet) {
            List<SourceLine> lines = new ArrayList<>();
            sheets.values().forEach(rows -> rows.forEach(r -> lines.add(new SourceLine(r.line(), r.joined()))));
            return new TextLayout(diagnostics).read(lines);
        }
        NoticeBuilder builder = new NoticeBuilder();
        List<SourceLine> header = new ArrayList<>();
        for (Map.Entry<String, List<TableRow>> sheet : sheets.entrySet()) {
            List<TableRow> rows = sheet.getValue();
            int headerRow = headerIndex(rows);
            if (headerRow < 0) {
                if (rows.stream().anyMatch(r -> !r.isBlank())) {
                    diagnostics.warn(0, "sheetSkipped", sheet.getKey());
                }
                continue;
            }
            boolean titled = rows.subList(0, headerRow).stream().anyMatch(r -> !r.isBlank());
            if (!titled && HeaderRecogniser.PLAN_WORDS.matcher(sheet.getKey()).find()) {
                header.add(new SourceLine(0, sheet.getKey()));
            }
            rows.subList(0, headerRow).forEach(r -> header.add(new SourceLine(r.line(), r.joined())));
            readTaskRows(rows, headerRow, builder);
        }
        return new TextLayout.Result(header, builder, List.of());
    }

    /** Reads the rows below the header row, after any sub-header rows that refine its columns. */
    private void readTaskRows(List<TableRow> rows, int headerRow, NoticeBuilder builder) {
        TaskColumns columns = TaskColumns.fromHeader(rows.get(headerRow));
        int first = headerRow + 1;
        while (first < rows.size()) {
            TaskColumns refined = columns.refinedBy(rows.get(first));
            if (refined == null) {
                break;
            }
            columns = refined;
            first++;
        }
        new TaskTableReader(diagnostics).read(rows.subList(first, rows.size()), columns, builder);
    }

    private static void placeParagraph(SourceLine line, boolean afterTable, NoticeBuilder builder,
            List<SourceLine> header, List<SourceText> unplaced) {
        String text = line.text().strip();
        if (text.isEmpty()) {
            return;
        }
        Labels.Match section = Labels.SECTION.match(text);
        if (!afterTable && section == null) {
            header.add(line);
        } else if (section != null) {
            builder.startSection(section.rest(), line.number());
        } else if (HeaderRecogniser.isDateLine(text) || HeaderRecogniser.ORG_LINE.matcher(text).matches()) {
            header.add(line);
        } else if (!builder.addIntro(text)) {
            unplaced.add(new SourceText(line.number(), text));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<SourceLine> flatten(List<Object> blocks) {
        List<SourceLine> lines = new ArrayList<>();
        for (Object block : blocks) {
            if (block instanceof SourceLine line) {
                lines.add(line);
            } else {
                ((List<TableRow>) block).forEach(r -> lines.add(new SourceLine(r.line(), r.joined())));
            }
        }
        return lines;
    }

    private static int headerIndex(List<TableRow> rows) {
        for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH_ROWS); i++) {
            if (TaskColumns.fromHeader(rows.get(i)) != null) {
                return i;
            }
        }
        return -1;
    }
}
