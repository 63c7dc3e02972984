package org.fazhi.litigation.internal;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.fazhi.identity.CurrentUser;
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
 * Imports existing cases from the {@link ImportTemplate} workbook. The preview checks every row with the
 * register's own rules ({@link LitigationCase#register}; defence and judgment not before the complaint copy
 * arrived, 行政诉讼法 第六十七条, 第六十九条 to 第七十八条) and names the row and rule of each problem. The case
 * number is the external key: a row whose unit, case number and instance match a registered case is skipped, so
 * re-importing a file adds nothing twice. Apply saves every new row through {@link LitigationService} (scope
 * check, who and when in the history) or none.
 */
@Service
public class LitigationImport {


    /** One readable row: the registration and, if given, the defence and the judgment. */
    public record ImportRow(int row, String unitName, LitigationService.Registration registration,
                            LocalDate defenceOn, LocalDate judgmentOn, JudgmentResult result) {
    }

    private final UnitDirectory units;
    private final LitigationService service;
    private final LitigationCases cases;
    private final LitigationRecords records;
    private final MessageSource messages;
    private final EntityManager entities;

    LitigationImport(UnitDirectory units, LitigationService service, LitigationCases cases, LitigationRecords records,
                     MessageSource messages, EntityManager entities) {
        this.entities = entities;
        this.units = units;
        this.service = service;
        this.cases = cases;
        this.records = records;
        this.messages = messages;
    }

    /** Reads and checks the workbook; saves nothing. */
    @Transactional(readOnly = true)
    public ImportPreview<ImportRow> preview(byte[] xlsx, String fileName) {
        return ImportRows.preview("litigation", ImportTemplate.COLUMNS, xlsx, fileName, new ImportRows.Reader<>() {
            public ImportRow read(Row row) {
                return parse(row);
            }

            public String key(ImportRow row) {
                LitigationService.Registration g = row.registration();
                return g.unitId() + "|" + g.caseNumber().strip() + "|" + g.instance();
            }

            public boolean registered(ImportRow row) {
                LitigationService.Registration g = row.registration();
                return cases.existsByUnitIdAndCaseNumberAndInstanceAndStatusNot(g.unitId(), g.caseNumber().strip(),
                        g.instance(), LitigationStatus.VOIDED);
            }
        });
    }

    /** Saves every new row of the workbook, or none when any row is refused. Returns the new case ids. */
    @Transactional
    public List<Long> apply(byte[] xlsx, String fileName, CurrentUser actor) {
        ImportPreview<ImportRow> preview = preview(xlsx, fileName);
        if (!preview.ok()) {
            throw new DomainException("error.litigation.import.hasProblems", preview.problems().size());
        }
        List<Long> ids = new ArrayList<>();
        for (ImportRow row : preview.rows()) {
            long id = service.register(row.registration(), actor).getId();
            records.record(id, actor.username(), "imported", "Excel #" + row.row());
            if (row.defenceOn() != null) {
                service.submitDefence(id, currentVersion(id), row.defenceOn(), actor);
            }
            if (row.judgmentOn() != null) {
                service.decide(id, currentVersion(id), row.judgmentOn(), row.result(), actor);
            }
            ids.add(id);
        }
        return ids;
    }

    /** The case's version in the database (each change bumps it by a bulk update the session does not see). */
    private long currentVersion(long id) {
        entities.flush();
        entities.clear();
        return cases.findById(id).orElseThrow().getVersion();
    }

    private ImportRow parse(Row row) {
        String unitName = Spreadsheets.text(row, ImportTemplate.UNIT);
        if (unitName == null) {
            throw new DomainException("error.litigation.import.missing", new DefaultMessageSourceResolvable("litigation.field.unit"));
        }
        if (!(units.resolve(unitName) instanceof NameResolution.Resolved resolved)) {
            throw new DomainException("error.litigation.import.unknownUnit", unitName);
        }
        long unitId = units.successorOf(resolved.unitId());
        String instanceText = Spreadsheets.text(row, ImportTemplate.INSTANCE);
        Instance instance = instanceText == null ? Instance.FIRST
                : choice(Instance.class, "litigation.instance.", instanceText, "instance");
        LitigationService.Registration registration = new LitigationService.Registration(unitId,
                Spreadsheets.text(row, ImportTemplate.COURT), Spreadsheets.text(row, ImportTemplate.CASE_NUMBER),
                Spreadsheets.text(row, ImportTemplate.PLAINTIFF), Spreadsheets.text(row, ImportTemplate.ACT), instance,
                Spreadsheets.date(row, ImportTemplate.RECEIVED));
        LitigationCase check = LitigationCase.register(unitId, registration.court(), registration.caseNumber(),
                registration.plaintiff(), registration.act(), instance, registration.complaintReceivedOn(), "import");
        notFuture(registration.complaintReceivedOn());
        LocalDate defence = Spreadsheets.date(row, ImportTemplate.DEFENCE);
        if (defence != null) {
            notFuture(defence);
            check.submitDefence(defence);
        }
        LocalDate judgmentOn = Spreadsheets.date(row, ImportTemplate.JUDGMENT_ON);
        String resultText = Spreadsheets.text(row, ImportTemplate.RESULT);
        JudgmentResult result = resultText == null ? null
                : choice(JudgmentResult.class, "litigation.result.", resultText, "judgment");
        if (judgmentOn != null) {
            notFuture(judgmentOn);
            check.decide(judgmentOn, result);
        } else if (result != null) {
            throw new DomainException("error.litigation.import.resultWithoutDate");
        }
        return new ImportRow(row.getRowNum() + 1, unitName, registration, defence, judgmentOn, result);
    }

    private static void notFuture(LocalDate date) {
        if (date.isAfter(LocalDate.now())) {
            throw new DomainException("error.litigation.import.future", date.toString());
        }
    }

    private <E extends Enum<E>> E choice(Class<E> type, String prefix, String value, String field) {
        E found = Spreadsheets.choice(messages, type, prefix, value);
        if (found == null) {
            throw new DomainException("error.litigation.import.badValue",
                    new DefaultMessageSourceResolvable("litigation.field." + field), value);
        }
        return found;
    }
}
