package org.fazhi.disclosure.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.fazhi.disclosure.internal.AnnualReport;
import org.fazhi.disclosure.internal.DisclosureAccess;
import org.fazhi.disclosure.internal.DisclosureIndicators;
import org.fazhi.disclosure.internal.DisclosureReports;
import org.fazhi.disclosure.internal.Outcome;
import org.fazhi.disclosure.internal.ReportDocuments;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitPicker;
import org.fazhi.platform.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The annual report table (page, Excel, Word) and the indicators, for a year or period and a unit (or all
 * units for the coordinator and city leader).
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','CITY_LEADER','UNIT_LIAISON','UNIT_LEADER')")
class DisclosureReportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final DisclosureReports reports;
    private final UnitDirectory units;
    private final CurrentUsers users;
    private final MessageSource messages;
    private final UnitPicker picker;

    DisclosureReportController(DisclosureReports reports, UnitDirectory units, CurrentUsers users,
                               MessageSource messages, UnitPicker picker) {
        this.picker = picker;
        this.reports = reports;
        this.units = units;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/disclosure/report")
    String report(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
                  Model model) {
        CurrentUser user = users.require();
        int y = year == null ? DisclosureView.today().getYear() - 1 : year;
        UnitPicker.UnitField field = picker.read(unit);
        Long scope = reports.scope(field.unitId(), user);
        model.addAttribute("report", field.failed() ? AnnualReport.of(y, List.of()) : reports.annual(y, scope, user));
        model.addAttribute("year", y);
        model.addAttribute("unit", scope);
        model.addAttribute("scopeName", scope == null ? null : units.displayName(scope));
        model.addAttribute("unitPick", pick(user, field, scope));
        model.addAttribute("seesAll", DisclosureAccess.SCOPE.seesAll(user));
        model.addAttribute("mayExport", !field.failed());
        return "disclosure/report";
    }

    /** The table as Excel; {@code unit} as on the page (blank: the user's default scope). */
    @GetMapping("/disclosure/report.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam int year, @RequestParam(required = false) String unit, Locale locale) {
        return document(year, unit, locale, true);
    }

    @GetMapping("/disclosure/report.docx")
    ResponseEntity<byte[]> docx(@RequestParam int year, @RequestParam(required = false) String unit, Locale locale) {
        return document(year, unit, locale, false);
    }

    @GetMapping("/disclosure/indicators")
    String indicators(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                      @RequestParam(required = false) String unit, Model model) {
        CurrentUser user = users.require();
        LocalDate end = to == null ? DisclosureView.today() : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        UnitPicker.UnitField field = picker.read(unit);
        Long scope = reports.scope(field.unitId(), user);
        model.addAttribute("ind", field.failed() ? DisclosureIndicators.of(List.of(), start, end, r -> false)
                : reports.indicators(start, end, scope, user));
        model.addAttribute("unit", scope);
        model.addAttribute("groups", Outcome.Group.values());
        model.addAttribute("unitPick", pick(user, field, scope));
        model.addAttribute("seesAll", DisclosureAccess.SCOPE.seesAll(user));
        return "disclosure/indicators";
    }

    /**
     * A unit asked for that names no unit is refused with the field's message (nothing exported), one the user may
     * not read or that does not exist as {@link DisclosureReports#scope} refuses it: never the all-units table.
     */
    private ResponseEntity<byte[]> document(int year, String unit, Locale locale, boolean excel) {
        CurrentUser user = users.require();
        UnitPicker.UnitField field = picker.read(unit);
        if (field.failed()) {
            throw new DomainException(field.errorKey(), field.errorArgs());
        }
        Long scope = reports.scope(field.unitId(), user);
        AnnualReport report = reports.annual(year, scope, user);
        Function<String, String> label = key -> messages.getMessage(key, null, key, locale);
        String who = scope == null ? label.apply("disclosure.report.allUnits") : units.displayName(scope);
        String title = messages.getMessage("disclosure.report.documentTitle", new Object[] {String.valueOf(year), who}, locale);
        byte[] body = excel ? ReportDocuments.xlsx(report, title, label) : ReportDocuments.docx(report, title, label);
        String file = URLEncoder.encode(title + (excel ? ".xlsx" : ".docx"), StandardCharsets.UTF_8).replace("+", "%20");
        return ResponseEntity.ok().contentType(excel ? XLSX : DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + file).body(body);
    }

    /** The unit filter: the scope shown, or the text as typed with the message when it named no unit. */
    private UnitPicker.UnitPick pick(CurrentUser user, UnitPicker.UnitField field, Long scope) {
        return picker.pick(units.activeUnits().stream().filter(u -> DisclosureAccess.SCOPE.mayRead(user, u.id()))
                .toList(), field.failed() ? field : UnitPicker.UnitField.of(scope));
    }
}
