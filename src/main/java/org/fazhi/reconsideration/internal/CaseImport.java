package org.fazhi.reconsideration.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.fazhi.organization.NameResolution;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.ImportPreview;
import org.fazhi.platform.ImportRows;
import org.fazhi.platform.Spreadsheets;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports existing cases from the {@link ImportTemplate} workbook, read with the shared
 * {@link Spreadsheets} helpers. A preview checks every row with the same rules as the forms (registration,
 * 受理 within the review period — 行政复议法 第三十条, decision after acceptance and within 第六十二条) and names
 * the row and the rule of each problem. A row whose respondent, receipt day, applicant and challenged act match
 * a registered (not voided) case is skipped, so re-importing a file adds nothing twice. Apply saves every new row
 * or none.
 */
@Service
public class CaseImport {


    /** One readable row: the registration and, if given, acceptance and decision. */
    public record ImportRow(int row, Registration registration, String respondent, LocalDate acceptedOn,
                            Procedure procedure, LocalDate decidedOn, DecisionType decisionType) {
    }

    private final UnitDirectory units;
    private final CaseService cases;
    private final CaseStore store;
    private final CaseRules rules;
    private final MessageSource messages;

    CaseImport(UnitDirectory units, CaseService cases, CaseStore store, DeadlineMath math, MessageSource messages) {
        this.units = units;
        this.cases = cases;
        this.store = store;
        this.rules = new CaseRules(math);
        this.messages = messages;
    }

    /** Reads and checks the workbook; saves nothing. */
    @Transactional(readOnly = true)
    public ImportPreview<ImportRow> preview(byte[] xlsx, String fileName) {
        return ImportRows.preview("reconsideration", ImportTemplate.COLUMNS, xlsx, fileName, new ImportRows.Reader<>() {
            public ImportRow read(Row row) {
                ImportRow parsed = parse(row);
                check(parsed);
                return parsed;
            }

            public String key(ImportRow row) {
                Registration g = row.registration();
                return g.respondentUnitId() + "|" + g.receivedOn() + "|" + g.applicant().strip() + "|" + g.act().strip();
            }

            public boolean registered(ImportRow row) {
                Registration g = row.registration();
                return store.registered(g.respondentUnitId(), g.receivedOn(), g.applicant(), g.act());
            }
        });
    }

    /** Saves every new row of the workbook, or none when any row is refused. Returns the new case ids. */
    @Transactional
    public List<Long> apply(byte[] xlsx, String fileName) {
        ImportPreview<ImportRow> preview = preview(xlsx, fileName);
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

    private ImportRow parse(Row row) {
        String respondent = Spreadsheets.text(row, 1);
        if (respondent == null) {
            throw new DomainException("error.reconsideration.required", field("respondent"));
        }
        if (!(units.resolve(respondent) instanceof NameResolution.Resolved resolved)) {
            throw new DomainException("error.reconsideration.import.unknownUnit", respondent);
        }
        long unitId = units.successorOf(resolved.unitId());
        String channelText = Spreadsheets.text(row, 3);
        Channel channel = channelText == null ? Channel.IN_PERSON
                : choice(Channel.class, "reconsideration.channel.", channelText);
        String told = Spreadsheets.text(row, 6);
        Registration registration = new Registration(Spreadsheets.text(row, 0), unitId, Spreadsheets.text(row, 2),
                channel, Spreadsheets.date(row, 4), Spreadsheets.date(row, 5), told == null || yes(told), null);
        LocalDate accepted = Spreadsheets.date(row, 7);
        String procedureText = Spreadsheets.text(row, 8);
        Procedure procedure = procedureText == null ? Procedure.ORDINARY
                : choice(Procedure.class, "reconsideration.procedure.", procedureText);
        LocalDate decided = Spreadsheets.date(row, 9);
        String typeText = Spreadsheets.text(row, 10);
        DecisionType type = typeText == null ? null
                : choice(DecisionType.class, "reconsideration.decision.", typeText);
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

    private <E extends Enum<E>> E choice(Class<E> type, String prefix, String value) {
        E found = Spreadsheets.choice(messages, type, prefix, value);
        if (found == null) {
            throw new DomainException("error.reconsideration.import.badValue", value);
        }
        return found;
    }

    private static DefaultMessageSourceResolvable field(String name) {
        return new DefaultMessageSourceResolvable("reconsideration.field." + name);
    }
}
