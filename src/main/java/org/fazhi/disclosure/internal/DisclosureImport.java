package org.fazhi.disclosure.internal;

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
 * Imports existing requests from the {@link ImportTemplate} workbook. The preview checks every row with the
 * rules of the register itself ({@link DisclosureRequest#register} — receipt date by channel, 政府信息公开条例
 * 第三十一条; {@link DisclosureRequest#reply} — not before receipt, 第三十三条) and names the row and rule of
 * each problem. A row whose unit, receipt date, requester and content match a registered request is skipped,
 * so re-importing a file adds nothing twice. Apply saves every new row through {@link DisclosureService} (scope
 * check, who and when in the history) or none.
 */
@Service
public class DisclosureImport {


    /** One readable row: the registration and, if replied, the reply. */
    public record ImportRow(int row, String unitName, DisclosureService.Registration registration,
                            LocalDate receivedOn, LocalDate repliedOn, Outcome outcome, String note) {
    }

    private final UnitDirectory units;
    private final DisclosureService service;
    private final DisclosureRequests requests;
    private final DisclosureHistory history;
    private final MessageSource messages;

    DisclosureImport(UnitDirectory units, DisclosureService service, DisclosureRequests requests,
                     DisclosureHistory history, MessageSource messages) {
        this.units = units;
        this.service = service;
        this.requests = requests;
        this.history = history;
        this.messages = messages;
    }

    /** Reads and checks the workbook; saves nothing. */
    @Transactional(readOnly = true)
    public ImportPreview<ImportRow> preview(byte[] xlsx, String fileName) {
        return ImportRows.preview("disclosure", ImportTemplate.COLUMNS, xlsx, fileName, new ImportRows.Reader<>() {
            public ImportRow read(Row row) {
                return parse(row);
            }

            public String key(ImportRow row) {
                DisclosureService.Registration g = row.registration();
                return g.unitId() + "|" + row.receivedOn() + "|" + g.requesterName().strip() + "|" + g.content().strip();
            }

            public boolean registered(ImportRow row) {
                DisclosureService.Registration g = row.registration();
                return requests.existsByUnitIdAndReceivedOnAndRequesterNameAndContentAndStatusNot(g.unitId(),
                        row.receivedOn(), g.requesterName().strip(), g.content().strip(), Status.VOIDED);
            }
        });
    }

    /** Saves every new row of the workbook, or none when any row is refused. Returns the new request ids. */
    @Transactional
    public List<Long> apply(byte[] xlsx, String fileName, CurrentUser actor) {
        ImportPreview<ImportRow> preview = preview(xlsx, fileName);
        if (!preview.ok()) {
            throw new DomainException("error.disclosure.import.hasProblems", preview.problems().size());
        }
        List<Long> ids = new ArrayList<>();
        for (ImportRow row : preview.rows()) {
            DisclosureRequest request = service.register(row.registration(), actor);
            history.record(request.getId(), actor.username(), "imported", "Excel #" + row.row());
            if (row.repliedOn() != null) {
                service.reply(request.getId(), request.getVersion(), row.repliedOn(), row.outcome(), row.note(), actor);
            }
            ids.add(request.getId());
        }
        return ids;
    }

    private ImportRow parse(Row row) {
        String unitName = required(row, ImportTemplate.UNIT, "unit");
        if (!(units.resolve(unitName) instanceof NameResolution.Resolved resolved)) {
            throw new DomainException("error.disclosure.import.unknownUnit", unitName);
        }
        long unitId = units.successorOf(resolved.unitId());
        RequesterType type = label(RequesterType.class, "disclosure.requesterType.",
                required(row, ImportTemplate.TYPE, "requesterType"), "requesterType");
        String channelText = Spreadsheets.text(row, ImportTemplate.CHANNEL);
        Channel channel = channelText == null ? Channel.IN_PERSON
                : label(Channel.class, "disclosure.channel.", channelText, "channel");
        DisclosureService.Registration registration = new DisclosureService.Registration(unitId, type,
                Spreadsheets.text(row, ImportTemplate.NAME), channel, Spreadsheets.date(row, ImportTemplate.SUBMITTED),
                Spreadsheets.date(row, ImportTemplate.SIGNED), Spreadsheets.date(row, ImportTemplate.CONFIRMED),
                Spreadsheets.text(row, ImportTemplate.CONTENT));
        DisclosureRequest check = DisclosureRequest.register(unitId, type, registration.requesterName(), channel,
                registration.submittedOn(), registration.signedOn(), registration.confirmedOn(),
                registration.content(), "import");
        if (check.getReceivedOn().isAfter(LocalDate.now())) {
            throw new DomainException("error.disclosure.import.future", check.getReceivedOn().toString());
        }
        LocalDate replied = Spreadsheets.date(row, ImportTemplate.REPLIED);
        String outcomeText = Spreadsheets.text(row, ImportTemplate.OUTCOME);
        Outcome outcome = outcomeText == null ? null : label(Outcome.class, "disclosure.outcome.", outcomeText, "outcome");
        String note = Spreadsheets.text(row, ImportTemplate.NOTE);
        if (replied != null) {
            if (replied.isAfter(LocalDate.now())) {
                throw new DomainException("error.disclosure.import.future", replied.toString());
            }
            check.reply(replied, outcome, note);
        } else if (outcome != null) {
            throw new DomainException("error.disclosure.import.outcomeWithoutReply");
        }
        return new ImportRow(row.getRowNum() + 1, unitName, registration, check.getReceivedOn(), replied, outcome, note);
    }

    private static String required(Row row, int column, String field) {
        String value = Spreadsheets.text(row, column);
        if (value == null) {
            throw new DomainException("error.disclosure.import.missing", column(field));
        }
        return value;
    }

    private <E extends Enum<E>> E label(Class<E> type, String prefix, String value, String field) {
        E found = Spreadsheets.choice(messages, type, prefix, value);
        if (found == null) {
            throw new DomainException("error.disclosure.import.badValue", column(field), value);
        }
        return found;
    }

    private static DefaultMessageSourceResolvable column(String field) {
        return new DefaultMessageSourceResolvable("disclosure.import.column." + field);
    }
}
