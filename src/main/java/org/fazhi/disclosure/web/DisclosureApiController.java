package org.fazhi.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.disclosure.internal.AnnualReport;
import org.fazhi.disclosure.internal.DisclosureDeadlines;
import org.fazhi.disclosure.internal.DisclosureHistory;
import org.fazhi.disclosure.internal.DisclosureIndicators;
import org.fazhi.disclosure.internal.DisclosureReports;
import org.fazhi.disclosure.internal.DisclosureRequest;
import org.fazhi.disclosure.internal.DisclosureService;
import org.fazhi.disclosure.internal.Outcome;
import org.fazhi.disclosure.internal.ReviewResult;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.platform.DomainException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 依申请公开 over HTTP: the same rules and data scope as the pages. */
@RestController
@RequestMapping("/api/disclosure")
@Tag(name = "disclosure", description = "Government information disclosure requests (Disclosure Regulations 2019)")
@PreAuthorize("hasAnyRole('COORDINATOR','CITY_LEADER','UNIT_LIAISON','UNIT_LEADER')")
class DisclosureApiController {

    /** A request as the API shows it, with its reply deadline and light. */
    record RequestDto(long id, long version, long unitId, String unitName, String requesterType, String requesterName,
                      String channel, LocalDate receivedOn, String content, String status, LocalDate correctionNoticeOn,
                      LocalDate correctionReceivedOn, Integer extensionDays, LocalDate closedOn, String outcome,
                      LocalDate replyDue, String light, Boolean onTime, String reconsiderationResult,
                      String litigationResult, List<DisclosureHistory.Entry> history) {
    }

    /**
     * One action on a request: {@code action} is correctionNotice (on, dueOn), correctionReceived (on),
     * deemedWithdrawn (on), consultationStart (on), consultationEnd (on), extension (days, approver, on),
     * reply (on, outcome, note), review (reconsideration, litigation) or void (reason).
     */
    record ActionBody(String action, long version, LocalDate on, LocalDate dueOn, Integer days, String approver,
                      Outcome outcome, String note, ReviewResult reconsideration, ReviewResult litigation,
                      String reason) {
    }

    private final DisclosureService service;
    private final DisclosureDeadlines deadlines;
    private final DisclosureHistory history;
    private final DisclosureReports reports;
    private final UnitDirectory units;
    private final CurrentUsers users;

    DisclosureApiController(DisclosureService service, DisclosureDeadlines deadlines, DisclosureHistory history,
                            DisclosureReports reports, UnitDirectory units, CurrentUsers users) {
        this.service = service;
        this.deadlines = deadlines;
        this.history = history;
        this.reports = reports;
        this.units = units;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Requests the caller may read, newest first")
    List<RequestDto> list() {
        return service.visibleTo(users.require()).stream().map(r -> dto(r, false)).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a request; the receipt date follows Art. 31 from the channel's date")
    RequestDto register(@RequestBody DisclosureService.Registration body) {
        return dto(service.register(body, users.require()), true);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One request with its deadline, light and history")
    RequestDto get(@PathVariable long id) {
        return dto(service.get(id, users.require()), true);
    }

    @PostMapping("/{id}/actions")
    @Operation(summary = "Apply one action (correction, extension, consultation, reply, review, void)")
    RequestDto act(@PathVariable long id, @RequestBody ActionBody body) {
        CurrentUser u = users.require();
        String action = body.action() == null ? "" : body.action();
        switch (action) {
            case "correctionNotice" -> service.noticeCorrection(id, body.version(), body.on(), body.dueOn(), u);
            case "correctionReceived" -> service.receiveCorrection(id, body.version(), body.on(), u);
            case "deemedWithdrawn" -> service.deemWithdrawn(id, body.version(), body.on(), u);
            case "consultationStart" -> service.startConsultation(id, body.version(), body.on(), u);
            case "consultationEnd" -> service.endConsultation(id, body.version(), body.on(), u);
            case "extension" -> service.extend(id, body.version(), body.days() == null ? 0 : body.days(),
                    body.approver(), body.on(), u);
            case "reply" -> service.reply(id, body.version(), body.on(), body.outcome(), body.note(), u);
            case "review" -> service.recordReview(id, body.version(), body.reconsideration(), body.litigation(), u);
            case "void" -> service.voidRequest(id, body.version(), body.reason(), u);
            default -> throw new DomainException("error.disclosure.action.unknown", action);
        }
        return dto(service.get(id, u), true);
    }

    @GetMapping("/report")
    @Operation(summary = "Annual report table (parts III and IV of the national format) for a year and unit (omit for all units)")
    AnnualReport report(@RequestParam int year, @RequestParam(required = false) Long unit) {
        return reports.annual(year, unit, users.require());
    }

    @GetMapping("/indicators")
    @Operation(summary = "On-time reply rate and outcome counts for a period and unit")
    DisclosureIndicators indicators(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                                    @RequestParam(required = false) Long unit) {
        return reports.indicators(from, to, unit, users.require());
    }

    private RequestDto dto(DisclosureRequest r, boolean withHistory) {
        return new RequestDto(r.getId(), r.getVersion(), r.getUnitId(), units.displayName(r.getUnitId()),
                r.getRequesterType().name(), r.getRequesterName(), r.getChannel().name(), r.getReceivedOn(),
                r.getContent(), r.getStatus().name(), r.getCorrectionNoticeOn(), r.getCorrectionReceivedOn(),
                r.getExtensionDays(), r.getClosedOn(), r.getOutcome() == null ? null : r.getOutcome().name(),
                deadlines.replyDue(r).orElse(null), deadlines.light(r, DisclosureView.today()).name(),
                deadlines.onTime(r), name(r.getReconsiderationResult()), name(r.getLitigationResult()),
                withHistory ? history.of(r.getId()) : List.of());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
