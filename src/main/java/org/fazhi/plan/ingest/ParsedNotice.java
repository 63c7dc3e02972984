package org.fazhi.plan.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * A notice parsed into the ledger structure: the JSON contract of {@code POST /api/plans/parse} and
 * {@code fazhi.jar parse FILE} (see docs/architecture.md). The fields after {@code warnings} are
 * additions to the contract.
 *
 * @param docNumber   文号, brackets normalised to 〔〕 (e.g. 遂府办函〔2021〕35号), null if none found
 * @param issuer      the issuing office (遂宁市人民政府办公室)
 * @param issuedOn    the issue date (Arabic or Chinese numerals in the notice)
 * @param title       the plan's title (遂宁市人民政府2021年度法治政府建设重点工作安排)
 * @param addressees  主送 units, split at 、,，;；
 * @param sections    sections with their tasks, tasks numbered through the notice
 * @param warnings    everything that was guessed or could not be placed, with its line
 * @param noticeTitle the covering notice's own title line (关于印发…的通知), null if none
 * @param planYear    the year "年底前" refers to: from the title, else the issue date; null if neither
 * @param format      "text", "docx" or "xlsx"
 * @param preamble    covering-letter and preamble text that belongs to no task
 */
public record ParsedNotice(String docNumber, String issuer, LocalDate issuedOn, String title, List<String> addressees,
        List<ParsedSection> sections, List<ParseWarning> warnings, String noticeTitle, Integer planYear,
        String format, List<SourceText> preamble) implements ParseResult {

    public ParsedNotice {
        addressees = List.copyOf(addressees);
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
        preamble = List.copyOf(preamble);
    }

    /** All tasks in notice order. */
    public List<ParsedTask> allTasks() {
        return sections.stream().flatMap(s -> s.tasks().stream()).toList();
    }
}
