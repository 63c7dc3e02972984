package org.fazhi.reconsideration.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.fazhi.organization.NameResolution;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.platform.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports existing cases from the {@link ImportTemplate} workbook: a preview checks every row with the same
 * rules as the forms (registration, 受理 within the review period, decision after acceptance) and names the row
 * and the rule of each problem; apply saves all rows or none.
 */
@Service
public class CaseImport {

    /** One readable row: the registration and, if given, acceptance and decision. */
    public record ImportRow(int row, Registration registration, String respondent, LocalDate acceptedOn,
                            Procedure procedure, LocalDate decidedOn, DecisionType decisionType) {
    }

    /** A row refused, with the message key and arguments of the reason. */
    public record Problem(int row, String key, Object[] args) {
    }

    /** What an import would do. */
    public record Preview(List<ImportRow> rows, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty() && !rows.isEmpty();
        }
    }

    private static final int MAX_ROWS = 5000;
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\D{1,2}(\\d{1,2})\\D{1,2}(\\d{1,2})\\D?");

    private final UnitDirectory units;
    private final CaseService cases;
    private final CaseRules rules;
    private final MessageSource messages;

    CaseImport(UnitDirectory units, CaseService cases, DeadlineMath math, MessageSource messages) {
        this.units = units;
        this.cases = cases;
        this.rules = new CaseRules(math);
        this.messages = messages;
    }

    /** Reads and checks the workbook; saves nothing. */
    public Preview preview(byte[] xlsx) {
        List<ImportRow> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Sheet sheet;
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            sheet = workbook.getSheetAt(0);
            DataFormatter text = new DataFormatter(Locale.ROOT);
            Row header = sheet.getRow(0);
            if (header == null || !ImportTemplate.COLUMNS.get(0).equals(text.formatCellValue(header.getCell(0)).strip())) {
                throw new DomainException("error.reconsideration.import.notTemplate");
            }
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new DomainException("error.reconsideration.import.tooManyRows", MAX_ROWS);
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || blank(row, text)) {
                    continue;
                }
                try {
                    ImportRow parsed = parse(row, text);
                    check(parsed);
                    rows.add(parsed);
                } catch (DomainException e) {
                    problems.add(new Problem(r + 1, e.messageKey(), e.args()));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw new DomainException("error.reconsideration.import.unreadable");
        }
        return new Preview(rows, problems);
    }

    /** Saves every row of the workbook, or none when any row is refused. Returns the new case ids. */
    @Transactional
    public List<Long> apply(byte[] xlsx) {
        Preview preview = preview(xlsx);
        if (!preview.ok()) {
            throw new DomainException("error.reconsideration.import.hasProblems", preview.problems().size());
        }
        List<Long> ids = new ArrayList<>();
        for (ImportRow row : preview.rows()) {
            long id = cases.register(row.registration());
            if (row.acceptedOn() != null) {
                cases.act(id, 0, Command.on(Action.ACCEPT, row.acceptedOn()).withCode(row.procedure().name())
                        .withReason("Excel"));
            }
            if (row.decidedOn() != null) {
                cases.act(id, 1, Command.on(Action.DECIDE, row.decidedOn()).withCode(row.decisionType().name())
                        .withReason("Excel"));
            }
            ids.add(id);
        }
        return ids;
    }

    private void check(ImportRow row) {
        LocalDate today = LocalDate.now();
        rules.checkRegistration(row.registration(), today);
        CaseFile file = new CaseFile(row.registration());
        if (row.acceptedOn() != null) {
            Command accept = Command.on(Action.ACCEPT, row.acceptedOn()).withCode(row.procedure().name());
            rules.check(file, accept, today);
            file.apply(accept);
        }
        if (row.decidedOn() != null) {
            rules.check(file, Command.on(Action.DECIDE, row.decidedOn()).withCode(row.decisionType().name()), today);
        }
    }

    private ImportRow parse(Row row, DataFormatter text) {
        String respondent = string(row, 1, text);
        long unitId = -1;
        if (respondent != null) {
            NameResolution resolved = units.resolve(respondent);
            if (!(resolved instanceof NameResolution.Resolved r)) {
                throw new DomainException("error.reconsideration.import.unknownUnit", respondent);
            }
            unitId = units.successorOf(r.unitId());
        } else {
            throw new DomainException("error.reconsideration.required", field("respondent"));
        }
        String channelText = string(row, 3, text);
        Channel channel = channelText == null ? Channel.IN_PERSON : label(Channel.class, "reconsideration.channel.", channelText);
        String told = string(row, 6, text);
        Registration registration = new Registration(string(row, 0, text), unitId, string(row, 2, text), channel,
                date(row, 4, text), date(row, 5, text), told == null || yes(told), null);
        LocalDate accepted = date(row, 7, text);
        String procedureText = string(row, 8, text);
        Procedure procedure = procedureText == null ? Procedure.ORDINARY
                : label(Procedure.class, "reconsideration.procedure.", procedureText);
        LocalDate decided = date(row, 9, text);
        String typeText = string(row, 10, text);
        DecisionType type = typeText == null ? null : label(DecisionType.class, "reconsideration.decision.", typeText);
        if (decided != null && type == null) {
            throw new DomainException("error.reconsideration.required", field("decisionType"));
        }
        return new ImportRow(row.getRowNum() + 1, registration, respondent, accepted, procedure, decided, type);
    }

    private static boolean yes(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (List.of("是", "y", "yes", "true", "1", "已告知").contains(v)) {
            return true;
        }
        if (List.of("否", "n", "no", "false", "0", "未告知").contains(v)) {
            return false;
        }
        throw new DomainException("error.reconsideration.import.badValue", value);
    }

    /** An enum value by its name or its Chinese or English label. */
    private <E extends Enum<E>> E label(Class<E> type, String prefix, String value) {
        Map<String, E> known = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (E e : type.getEnumConstants()) {
            known.put(e.name(), e);
            known.put(messages.getMessage(prefix + e.name(), null, e.name(), Locale.SIMPLIFIED_CHINESE), e);
            known.put(messages.getMessage(prefix + e.name(), null, e.name(), Locale.ENGLISH), e);
        }
        E found = known.get(value.strip());
        if (found == null) {
            throw new DomainException("error.reconsideration.import.badValue", value);
        }
        return found;
    }

    private static LocalDate date(Row row, int column, DataFormatter text) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String value = text.formatCellValue(cell).strip();
        if (value.isEmpty()) {
            return null;
        }
        Matcher m = DATE.matcher(value);
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        } catch (java.time.DateTimeException e) {
            // falls through to the refusal below
        }
        throw new DomainException("error.reconsideration.import.badDate", value);
    }

    private static String string(Row row, int column, DataFormatter text) {
        Cell cell = row.getCell(column);
        String value = cell == null ? "" : text.formatCellValue(cell).strip();
        return value.isEmpty() ? null : value;
    }

    private static boolean blank(Row row, DataFormatter text) {
        for (int i = 0; i < ImportTemplate.COLUMNS.size(); i++) {
            if (string(row, i, text) != null) {
                return false;
            }
        }
        return true;
    }

    private static org.springframework.context.support.DefaultMessageSourceResolvable field(String name) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable("reconsideration.field." + name);
    }
}
