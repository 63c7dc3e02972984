package org.fazhi.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.supervision.UrgeRecord;
import org.fazhi.supervision.internal.DeliveryMode;
import org.fazhi.supervision.internal.MailLanguage;
import org.fazhi.supervision.internal.Notification;
import org.fazhi.supervision.internal.Notifications;
import org.fazhi.supervision.internal.Preferences;
import org.fazhi.supervision.internal.SupervisionAccess;
import org.fazhi.supervision.internal.UrgeStore;
import org.fazhi.supervision.internal.Urging;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inbox and urging over HTTP, with the pages' rules: the office urges; each user reads only their own inbox;
 * a unit's urges are read by whoever may see the unit. A forged ID is 403 (audited) or 404.
 */
@RestController
@RequestMapping("/api/supervision")
@Tag(name = "supervision", description = "Inbox, urging and supervision orders")
class SupervisionApiController {

    /** Urge these assignments with one message (all or nothing). */
    record UrgeRequest(List<Long> assignmentIds, String message) {
    }

    record MessageRequest(String message) {
    }

    /** E-mail delivery and language (ZH_CN, the default, or EN; left as it was when absent). */
    record PreferenceJson(DeliveryMode mode, MailLanguage language) {
    }

    private final CurrentUsers users;
    private final Notifications notifications;
    private final Urging urging;
    private final UrgeStore urges;
    private final Preferences preferences;

    SupervisionApiController(CurrentUsers users, Notifications notifications, Urging urging, UrgeStore urges,
                             Preferences preferences) {
        this.users = users;
        this.notifications = notifications;
        this.urging = urging;
        this.urges = urges;
        this.preferences = preferences;
    }

    @Operation(summary = "The caller's e-mail delivery (DIGEST daily or IMMEDIATE) and language (ZH_CN or EN)")
    @GetMapping("/preference")
    PreferenceJson preference() {
        String username = users.require().username();
        return new PreferenceJson(preferences.of(username), preferences.languageOf(username));
    }

    @Operation(summary = "Choose the caller's e-mail delivery and language")
    @PutMapping("/preference")
    PreferenceJson prefer(@RequestBody PreferenceJson body) {
        String username = users.require().username();
        preferences.choose(username, body.mode(), body.language());
        return new PreferenceJson(preferences.of(username), preferences.languageOf(username));
    }

    @Operation(summary = "The caller's inbox, unread first")
    @GetMapping("/inbox")
    List<Notification> inbox() {
        return notifications.of(users.require().username(), InboxController.PAGE);
    }

    @Operation(summary = "Mark one of the caller's inbox entries read")
    @PostMapping("/inbox/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(@PathVariable long id) {
        notifications.markRead(users.require().username(), id);
    }

    @Operation(summary = "Urge one or more assignments (office); the n-th urge escalates to the unit's leaders")
    @PostMapping("/urges")
    @ResponseStatus(HttpStatus.CREATED)
    List<UrgeRecord> urge(@RequestBody UrgeRequest body) {
        return urging.urge(users.require(), body.assignmentIds(), body.message());
    }

    @Operation(summary = "Urge every red, open assignment of a plan (office)")
    @PostMapping("/plans/{planId}/urge-red")
    @ResponseStatus(HttpStatus.CREATED)
    List<UrgeRecord> urgeRed(@PathVariable long planId, @RequestBody MessageRequest body) {
        return urging.urgeRed(users.require(), planId, body.message());
    }

    @Operation(summary = "The urges of a unit, newest first")
    @GetMapping("/units/{unitId}/urges")
    List<UrgeRecord> urgesOfUnit(@PathVariable long unitId) {
        CurrentUser user = users.require();
        SupervisionAccess.requireRead(user, unitId);
        return urges.ofUnit(unitId);
    }
}
