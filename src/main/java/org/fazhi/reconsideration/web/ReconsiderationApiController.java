package org.fazhi.reconsideration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.calendar.CalendarManagement;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.reconsideration.internal.CaseQueries;
import org.fazhi.reconsideration.internal.CaseService;
import org.fazhi.reconsideration.internal.CaseState;
import org.fazhi.reconsideration.internal.CaseSummary;
import org.fazhi.reconsideration.internal.Indicators;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 行政复议 API with the same rules and data scope as the pages: list, read (every deadline explained), register,
 * record a step (with the version read, 422 when stale or refused, naming the rule and article), indicators.
 */
@RestController
@RequestMapping("/api/reconsideration")
@PreAuthorize("hasAnyRole('COORDINATOR', 'CITY_LEADER', 'UNIT_LIAISON', 'UNIT_LEADER')")
@Tag(name = "reconsideration", description = "Administrative reconsideration register")
class ReconsiderationApiController {

    /** The answer to a registration. */
    record Registered(long id) {
    }

    private final CaseService service;
    private final CaseQueries queries;
    private final CurrentUsers users;
    private final CalendarManagement calendar;
    private final Indicators indicators;

    ReconsiderationApiController(CaseService service, CaseQueries queries, CurrentUsers users,
                                 CalendarManagement calendar, Indicators indicators) {
        this.service = service;
        this.queries = queries;
        this.users = users;
        this.calendar = calendar;
        this.indicators = indicators;
    }

    @GetMapping("/cases")
    @Operation(summary = "Cases the caller may see, with traffic light and next deadline")
    List<CaseSummary> list(@RequestParam(required = false) CaseState state, @RequestParam(required = false) Long unit,
                           @RequestParam(defaultValue = "false") boolean overdue) {
        return queries.list(users.require(), new CaseQueries.ListFilter(state, unit, overdue));
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "One case: facts, every deadline explained, history, next steps")
    CaseDetails read(@PathVariable long id) {
        CurrentUser user = users.require();
        return CaseDetails.of(service.read(id), queries, calendar, user);
    }

    @PostMapping("/cases")
    @Operation(summary = "Register an application (office only); a late filing is flagged, not refused")
    ResponseEntity<Registered> register(@RequestBody RegistrationForm form) {
        long id = service.register(form.toRegistration());
        return ResponseEntity.created(URI.create("/api/reconsideration/cases/" + id)).body(new Registered(id));
    }

    @PostMapping("/cases/{id}/actions")
    @Operation(summary = "Record a step (accept, send copy, answer, hearing, extend, suspend, resume, decide, …)")
    CaseDetails act(@PathVariable long id, @RequestBody ActionForm form) {
        service.act(id, form.version() == null ? -1 : form.version(), form.toCommand());
        return CaseDetails.of(service.read(id), queries, calendar, users.require());
    }

    @GetMapping("/indicators")
    @Operation(summary = "Correction rate and on-time rate of cases decided in a period, for one unit if given")
    Indicators.Result indicators(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @RequestParam(required = false) Long unit) {
        return indicators.compute(from, to, IndicatorController.scope(users.require(), unit));
    }
}
