package org.fazhi.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.fazhi.attachment.Attachments;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.supervision.internal.Rectification;
import org.fazhi.supervision.internal.RectificationDetail;
import org.fazhi.supervision.internal.RectificationState;
import org.fazhi.supervision.internal.Rectifications;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * 整改 over HTTP with the pages' rules: the office raises, reviews and voids; the unit's liaison reports; the
 * unit's users, the office and city leaders read. Another unit's item is 403 (audited).
 */
@RestController
@RequestMapping("/api/supervision/rectifications")
@Tag(name = "supervision", description = "Inbox, urging and supervision orders")
class RectificationsApiController {

    record ReviewRequest(Long version, boolean accept, String comment) {
    }

    record VoidRequest(String reason) {
    }

    private final Rectifications rectifications;
    private final CurrentUsers users;
    private final Attachments attachments;

    RectificationsApiController(Rectifications rectifications, CurrentUsers users, Attachments attachments) {
        this.rectifications = rectifications;
        this.users = users;
        this.attachments = attachments;
    }

    @Operation(summary = "Items the caller may see (?unit= and ?state= filter; ?plan= one plan's: raised by an order"
            + " about one of its assignments or by a circular on it; ?open=true neither accepted nor voided; a unit's"
            + " users: their own unit)")
    @GetMapping
    List<Rectification> list(@RequestParam(required = false) Long unit,
                             @RequestParam(required = false) RectificationState state,
                             @RequestParam(required = false) Long plan,
                             @RequestParam(defaultValue = "false") boolean open) {
        return rectifications.list(users.require(), unit, state, plan, open);
    }

    @Operation(summary = "Raise an item from an order (its unit) or a published circular (a unit of its plan); "
            + "deadline: workingDays or dueOn (office)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Rectification raise(@RequestBody Rectifications.Raise body) {
        return rectifications.raise(users.require(), body);
    }

    @Operation(summary = "One item with its light, reports (with files) and history")
    @GetMapping("/{id}")
    RectificationDetail one(@PathVariable long id) {
        return rectifications.detail(users.require(), id);
    }

    @Operation(summary = "The unit's liaison saves (submit=false) or submits a report with evidence files; "
            + "refused once closed or while a report waits for review")
    @PostMapping(path = "/{id}/reports", consumes = {MediaType.MULTIPART_FORM_DATA_VALUE,
            MediaType.APPLICATION_FORM_URLENCODED_VALUE})
    Rectification report(@PathVariable long id, @RequestParam(required = false) String text,
                         @RequestParam(defaultValue = "false") boolean submit,
                         @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        return rectifications.report(users.require(), id, text, RectificationUploads.of(files), submit);
    }

    @Operation(summary = "The office accepts the submitted report (closes the item) or returns it with a comment")
    @PostMapping("/{id}/review")
    Rectification review(@PathVariable long id, @RequestBody ReviewRequest body) {
        return rectifications.review(users.require(), id, body.version(), body.accept(), body.comment());
    }

    @Operation(summary = "The office voids an item that is not closed, with a reason")
    @PostMapping("/{id}/void")
    Rectification voidItem(@PathVariable long id, @RequestBody VoidRequest body) {
        return rectifications.voidItem(users.require(), id, body.reason());
    }

    @Operation(summary = "Download an evidence file of one of the item's reports")
    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<StreamingResponseBody> file(@PathVariable long id, @PathVariable long fileId) {
        CurrentUser user = users.require();
        return RectificationsController.download(rectifications, attachments, user, id, fileId);
    }
}
