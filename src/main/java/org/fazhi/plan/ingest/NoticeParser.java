package org.fazhi.plan.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Parses an official work-plan notice (工作安排/工作要点 …) into sections, tasks, responsible units and
 * deadlines — pure Java, no Spring, no I/O beyond the bytes given. Reads text (UTF-8 or GB18030,
 * detected), .docx (paragraphs and 任务分工表 tables in document order) and .xlsx ledgers.
 *
 * <p>Stages: decode → lines or table rows → {@link HeaderRecogniser} → structure ({@link TextLayout},
 * {@link TaskTableReader}) → {@link ResponsibilityTagParser} → {@link DeadlineParser} → {@link LeadRule}.
 *
 * <p><b>Refusals</b> (a {@link Refusal}, nothing may be saved), keys {@code error.plan.notice.*}:
 * {@code empty} (no bytes or only white space), {@code tooLarge} (over the size limit, 5 MB by default),
 * {@code binary} (NUL bytes or more than 1% control characters), {@code unsupportedFormat} (.doc, .xls,
 * PDF, RTF), {@code notZip} (named .docx/.xlsx but not a ZIP), {@code corrupt} (a ZIP that POI cannot
 * read, or neither Word nor Excel inside), {@code noTasks}, {@code truncated} (the last task breaks off
 * mid-sentence with no responsibility tag: importing it would silently lose the rest of the notice),
 * {@code duplicateTaskNumber} (re-import matches tasks by number, so the ledger would be ambiguous),
 * {@code unclosedTag} (a 〔责任单位 tag never closed: the units cannot be told from the text) and
 * {@code unbalancedUnits} (brackets that do not pair inside a unit list). A coordinator fixes these in
 * the source and imports again; guessing would put wrong units in the ledger.
 *
 * <p><b>Warnings</b> (the notice parses; each {@link ParseWarning} has the line), keys
 * {@code plan.ingest.warning.*}: missing 文号/issuer/date/title, {@code invalidDate},
 * {@code noResponsibility}, {@code unknownDeadline}, {@code noPlanYear}, {@code numberGap} (a task may
 * have been deleted), {@code sectionNumberGap}, {@code unbalancedBrackets} in task text (a typo in prose does not change the
 * ledger), {@code orphanFields}, {@code taskBeforeSection}, {@code duplicateUnit}, {@code invalidBytes}
 * (a few undecodable bytes in otherwise UTF-8 text), {@code controlCharacters},
 * {@code tableWithoutHeader}, {@code emptyTableRow}, {@code sheetSkipped}, {@code sheetTooLong}.
 *
 * <p>No exception escapes {@link #parse}: an unexpected one becomes the refusal {@code internal}.
 */
public final class NoticeParser {

    /** The default size limit: 5 MB. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private static final Pattern YEAR = Pattern.compile("(\\d{4}|[〇零○一二三四五六七八九]{4})\\s*年");
    private static final String TERMINAL = "。！!？?；;)）〕］】]」”』….";

    private final long maxBytes;

    /** A parser with the default 5 MB size limit. */
    public NoticeParser() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A parser that refuses input over {@code maxBytes}. */
    public NoticeParser(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Parses a notice file.
     *
     * @param content  the file's bytes
     * @param fileName the file's name (its extension helps tell .docx/.xlsx from text); may be null
     * @return a {@link ParsedNotice} or a {@link Refusal}; never null, never throws
     */
    public ParseResult parse(byte[] content, String fileName) {
        try {
            return parseOrRefuse(content == null ? new byte[0] : content, fileName == null ? "" : fileName);
        } catch (RefusedException e) {
            return e.refusal();
        } catch (RuntimeException | StackOverflowError e) {
            return new RefusedException("internal", 0, e.getClass().getSimpleName()).refusal();
        }
    }

    /** The size limit of this parser, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * The refusal for a file of {@code size} bytes over the limit, for callers that see the size before
     * reading the content (an upload) and should not read it at all.
     */
    public Refusal tooLarge(long size) {
        return new RefusedException("tooLarge", 0, size, maxBytes).refusal();
    }

    /** Parses pasted text. */
    public ParseResult parseText(String text) {
        return parse(text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8), "notice.txt");
    }

    private ParseResult parseOrRefuse(byte[] content, String fileName) {
        if (content.length > maxBytes) {
            throw new RefusedException("tooLarge", 0, content.length, maxBytes);
        }
        if (isBlank(content)) {
            throw new RefusedException("empty", 0);
        }
        Diagnostics diagnostics = new Diagnostics();
        String name = fileName.toLowerCase(Locale.ROOT);
        refuseForeignFormats(content, name);
        TextLayout.Result layout;
        String format;
        if (TextDecoder.startsWith(content, 'P', 'K', 3, 4)) {
            String kind = officeKind(content, fileName);
            format = kind;
            layout = readOffice(content, fileName, kind, diagnostics);
        } else if (name.endsWith(".docx") || name.endsWith(".xlsx") || name.endsWith(".docm") || name.endsWith(".xlsm")) {
            throw new RefusedException("notZip", 0, fileName);
        } else {
            format = "text";
            List<SourceLine> lines = TextDecoder.decodeLines(content, diagnostics);
            if (lines.stream().allMatch(l -> l.text().isBlank())) {
                throw new RefusedException("empty", 0);
            }
            layout = new TextLayout(diagnostics).read(lines);
        }
        return assemble(layout, format, diagnostics);
    }

    private ParsedNotice assemble(TextLayout.Result layout, String format, Diagnostics diagnostics) {
        if (!layout.builder().hasTasks()) {
            throw new RefusedException("noTasks", 0);
        }
        NoticeHeader header = new HeaderRecogniser(diagnostics).recognise(layout.headerLines());
        Integer planYear = planYear(header);
        TaskAssembler assembler = new TaskAssembler(new DeadlineParser(planYear, diagnostics), diagnostics);
        List<ParsedSection> sections = layout.builder().build(assembler, diagnostics);
        refuseTruncated(layout.builder(), sections);
        warnMissingHeader(header, diagnostics);
        List<SourceText> preamble = new ArrayList<>(header.preamble());
        preamble.addAll(layout.unplaced());
        return new ParsedNotice(header.docNumber(), header.issuer(), header.issuedOn(), header.title(),
                header.addressees(), sections, diagnostics.warnings(), header.noticeTitle(), planYear, format, preamble);
    }

    private static Integer planYear(NoticeHeader header) {
        if (header.title() != null) {
            Matcher m = YEAR.matcher(header.title());
            if (m.find() && ChineseNumerals.year(m.group(1)) > 0) {
                return ChineseNumerals.year(m.group(1));
            }
        }
        return header.issuedOn() == null ? null : header.issuedOn().getYear();
    }

    /**
     * The last task of a text notice has no units and either breaks off mid-sentence or lacks the tag
     * that (at least 80% of) the other tasks carry: the file was cut, and importing it would silently
     * lose the rest of the notice.
     */
    private static void refuseTruncated(NoticeBuilder builder, List<ParsedSection> sections) {
        List<SectionDraft> drafts = builder.sections();
        SectionDraft lastSection = null;
        for (SectionDraft section : drafts) {
            if (!section.tasks.isEmpty()) {
                lastSection = section;
            }
        }
        TaskDraft last = lastSection.tasks.get(lastSection.tasks.size() - 1);
        if (last.fromTable() || !last.fieldLines.isEmpty() || last.lines.isEmpty()) {
            return;
        }
        String text = last.lines.get(last.lines.size() - 1).text().strip();
        boolean brokenOff = text.isEmpty() || TERMINAL.indexOf(text.charAt(text.length() - 1)) < 0;
        List<ParsedTask> tasks = sections.stream().flatMap(s -> s.tasks().stream()).toList();
        ParsedTask parsed = tasks.get(tasks.size() - 1);
        long othersWithUnits = tasks.stream().limit(tasks.size() - 1L).filter(t -> !t.responsibilities().isEmpty()).count();
        boolean tagLost = tasks.size() >= 3 && othersWithUnits * 5 >= (tasks.size() - 1L) * 4;
        if (parsed.responsibilities().isEmpty() && (brokenOff || tagLost)) {
            throw new RefusedException("truncated", last.sourceLine, last.sourceLine);
        }
    }

    private static void warnMissingHeader(NoticeHeader header, Diagnostics diagnostics) {
        if (header.docNumber() == null) {
            diagnostics.warn(0, "noDocNumber");
        }
        if (header.issuer() == null) {
            diagnostics.warn(0, "noIssuer");
        }
        if (header.issuedOn() == null) {
            diagnostics.warn(0, "noIssueDate");
        }
        if (header.title() == null) {
            diagnostics.warn(0, "noTitle");
        }
    }

    private TextLayout.Result readOffice(byte[] content, String fileName, String kind, Diagnostics diagnostics) {
        try {
            OfficeLayout layout = new OfficeLayout(diagnostics);
            return "docx".equals(kind) ? layout.readDocx(DocxReader.read(content)) : layout.readXlsx(XlsxReader.read(content, diagnostics));
        } catch (IOException | RuntimeException e) {
            if (e instanceof RefusedException refused) {
                throw refused;
            }
            throw new RefusedException("corrupt", 0, fileName, e.getClass().getSimpleName());
        }
    }

    /** "docx" or "xlsx" from the ZIP's entries. */
    private static String officeKind(byte[] content, String fileName) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < 10_000) {
                if (entry.getName().startsWith("word/")) {
                    return "docx";
                }
                if (entry.getName().startsWith("xl/")) {
                    return "xlsx";
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new RefusedException("corrupt", 0, fileName, e.getClass().getSimpleName());
        }
        throw new RefusedException("corrupt", 0, fileName, "no word/ or xl/ part");
    }

    private static void refuseForeignFormats(byte[] content, String name) {
        if (TextDecoder.startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new RefusedException("unsupportedFormat", 0, name.endsWith(".xls") ? ".xls" : ".doc");
        }
        if (TextDecoder.startsWith(content, '%', 'P', 'D', 'F')) {
            throw new RefusedException("unsupportedFormat", 0, "PDF");
        }
        if (TextDecoder.startsWith(content, '{', '\\', 'r', 't', 'f')) {
            throw new RefusedException("unsupportedFormat", 0, "RTF");
        }
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
