package org.fazhi.litigation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.litigation.internal.Appearance;
import org.fazhi.litigation.internal.Excuse;
import org.fazhi.litigation.internal.Hearing;
import org.fazhi.litigation.internal.JudgmentResult;
import org.fazhi.litigation.internal.LitigationCase;
import org.fazhi.litigation.internal.LitigationDeadlines;
import org.fazhi.litigation.internal.LitigationIndicators;
import org.fazhi.litigation.internal.LitigationRecords;
import org.fazhi.litigation.internal.LitigationReports;
import org.fazhi.litigation.internal.LitigationService;
import org.fazhi.litigation.internal.Suggestion;
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

/** 行政应诉 over HTTP: the same rules and data scope as the pages. */
@RestController
@RequestMapping("/api/litigation")
@Tag(name = "litigation", description = "Administrative litigation register (Administrative Litigation Law)")
@PreAuthorize("hasAnyRole('COORDINATOR','CITY_LEADER','UNIT_LIAISON','UNIT_LEADER')")
class LitigationApiController {

    /** A case as the API shows it. */
    record CaseDto(long id, long version, long unitId, String unitName, String court, String caseNumber,
                   String plaintiff, String act, String instance, LocalDate complaintReceivedOn, LocalDate defenceDue,
                   LocalDate defenceSubmittedOn, String status, LocalDate judgmentOn, String judgmentResult,
                   boolean lost, Boolean performed, String light, List<Hearing> hearings, List<Suggestion> suggestions) {
    }

    /**
     * One action: defence (on), hearing (on, appearance, appeared, excuse, note), judgment (on, result),
     * performance (performed), suggestion (on, content), suggestionReply (suggestionId, on, content), void (reason).
     */
    record ActionBody(String action, long version, LocalDate on, Appearance appearance, String appeared,
                      Excuse excuse, String note, JudgmentResult result, Boolean performed, String content,
                      Long suggestionId, String reason) {
    }

    private final LitigationService service;
    private final LitigationDeadlines deadlines;
    private final LitigationRecords records;
    private final LitigationReports reports;
    private final UnitDirectory units;
    private final CurrentUsers users;

    LitigationApiController(LitigationService service, LitigationDeadlines deadlines, LitigationRecords records,
                            LitigationReports reports, UnitDirectory units, CurrentUsers users) {
        this.service = service;
        this.deadlines = deadlines;
        this.records = records;
        this.reports = reports;
        this.units = units;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Cases the caller may read")
    List<CaseDto> list() {
        return service.visibleTo(users.require()).stream().map(this::dto).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a lawsuit against a unit; the defence is due 15 days after the complaint copy")
    CaseDto register(@RequestBody LitigationService.Registration body) {
        return dto(service.register(body, users.require()));
    }

    @GetMapping("/{id}")
    CaseDto get(@PathVariable long id) {
        return dto(service.get(id, users.require()));
    }

    @PostMapping("/{id}/actions")
    @Operation(summary = "Apply one action (defence, hearing, judgment, performance, suggestion, reply, void)")
    CaseDto act(@PathVariable long id, @RequestBody ActionBody b) {
        CurrentUser u = users.require();
        String action = b.action() == null ? "" : b.action();
        switch (action) {
            case "defence" -> service.submitDefence(id, b.version(), b.on(), u);
            case "hearing" -> service.recordHearing(id, b.version(), b.on(), b.appearance(), b.appeared(), b.excuse(),
                    b.note(), u);
            case "judgment" -> service.decide(id, b.version(), b.on(), b.result(), u);
            case "performance" -> service.recordPerformance(id, b.version(), Boolean.TRUE.equals(b.performed()), u);
            case "suggestion" -> service.receiveSuggestion(id, b.version(), b.on(), b.content(), u);
            case "suggestionReply" -> service.replySuggestion(id, b.version(),
                    b.suggestionId() == null ? -1 : b.suggestionId(), b.on(), b.content(), u);
            case "void" -> service.voidCase(id, b.version(), b.reason(), u);
            default -> throw new DomainException("error.litigation.action.unknown", action);
        }
        return dto(service.get(id, u));
    }

    @GetMapping("/indicators")
    @Operation(summary = "Appearance rate (configured definition), loss rate, judicial-suggestion reply rate")
    LitigationIndicators indicators(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                                    @RequestParam(required = false) Long unit) {
        return reports.indicators(from, to, unit, users.require());
    }

    private CaseDto dto(LitigationCase c) {
        return new CaseDto(c.getId(), c.getVersion(), c.getUnitId(), units.displayName(c.getUnitId()), c.getCourt(),
                c.getCaseNumber(), c.getPlaintiff(), c.getChallengedAct(), c.getInstance().name(),
                c.getComplaintReceivedOn(), deadlines.defenceDue(c), c.getDefenceSubmittedOn(), c.getStatus().name(),
                c.getJudgmentOn(), c.getJudgmentResult() == null ? null : c.getJudgmentResult().name(), c.lost(),
                c.getPerformed(), deadlines.light(c, LitigationPageController.today()).name(),
                records.hearings(List.of(c.getId())), records.suggestions(List.of(c.getId())));
    }
}
