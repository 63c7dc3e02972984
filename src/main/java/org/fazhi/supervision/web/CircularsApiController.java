package org.fazhi.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.supervision.SupervisionProperties;
import org.fazhi.supervision.internal.Circular;
import org.fazhi.supervision.internal.CircularWordWriter;
import org.fazhi.supervision.internal.Circulars;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 通报 over HTTP with the pages' rules: the office drafts from a plan and period (a period with no report due
 * is refused with a message), edits and publishes; drafts are read by the office and city leaders, a published
 * circular by its audience (others get 404).
 */
@RestController
@RequestMapping("/api/supervision/circulars")
@Tag(name = "supervision", description = "Inbox, urging and supervision orders")
class CircularsApiController {

    record DraftRequest(long planId, LocalDate from, LocalDate to) {
    }

    record EditRequest(long version, String title, String body) {
    }

    record PublishRequest(long version, Circular.Audience audience) {
    }

    private final Circulars circulars;
    private final CurrentUsers users;
    private final SupervisionProperties properties;
    private final Clock clock;

    CircularsApiController(Circulars circulars, CurrentUsers users, SupervisionProperties properties, Clock clock) {
        this.circulars = circulars;
        this.users = users;
        this.properties = properties;
        this.clock = clock;
    }

    @Operation(summary = "Circulars the caller may read, newest first")
    @GetMapping
    List<Circular> list() {
        return circulars.list(users.require());
    }

    @Operation(summary = "One circular")
    @GetMapping("/{id}")
    Circular one(@PathVariable long id) {
        return circulars.one(users.require(), id);
    }

    @Operation(summary = "Draft a circular from one plan's reports due in [from, to] (office); "
            + "a period with nothing due is refused (422)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Circular draft(@RequestBody DraftRequest body) {
        return circulars.draft(users.require(), body.planId(), body.from(), body.to());
    }

    @Operation(summary = "Edit a draft's title and text (office; version from the last read)")
    @PutMapping("/{id}")
    Circular edit(@PathVariable long id, @RequestBody EditRequest body) {
        return circulars.edit(users.require(), id, body.version(), body.title(), body.body());
    }

    @Operation(summary = "Publish a draft to ALL_UNITS or LEADERS (office); it is never changed afterwards")
    @PostMapping("/{id}/publish")
    Circular publish(@PathVariable long id, @RequestBody PublishRequest body) {
        return circulars.publish(users.require(), id, body.version(), body.audience());
    }

    @Operation(summary = "The circular as a Word document (GB/T 9704 layout)")
    @GetMapping("/{id}/document.docx")
    ResponseEntity<byte[]> document(@PathVariable long id) throws java.io.IOException {
        Circular circular = circulars.one(users.require(), id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CircularWordWriter.write(circular, properties.issuingOffice(), clock.getZone(), out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(OrdersController.DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("circular-" + id + ".docx", StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }
}
