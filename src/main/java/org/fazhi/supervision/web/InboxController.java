package org.fazhi.supervision.web;

import org.fazhi.identity.AccountContact;
import org.fazhi.identity.AccountDirectory;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.supervision.SupervisionProperties;
import org.fazhi.supervision.internal.DeliveryMode;
import org.fazhi.supervision.internal.MailLanguage;
import org.fazhi.supervision.internal.Notifications;
import org.fazhi.supervision.internal.Preferences;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 消息 — every user's own inbox: unread first; open one (marks it read) or mark all read. */
@Controller
class InboxController {

    static final int PAGE = 200;

    private final Notifications notifications;
    private final CurrentUsers users;
    private final Preferences preferences;
    private final AccountDirectory accounts;
    private final SupervisionProperties properties;

    InboxController(Notifications notifications, CurrentUsers users, Preferences preferences,
                    AccountDirectory accounts, SupervisionProperties properties) {
        this.notifications = notifications;
        this.users = users;
        this.preferences = preferences;
        this.accounts = accounts;
        this.properties = properties;
    }

    @GetMapping("/inbox")
    String inbox(Model model) {
        String username = users.require().username();
        model.addAttribute("notifications", notifications.of(username, PAGE));
        model.addAttribute("mode", preferences.of(username));
        model.addAttribute("modes", DeliveryMode.values());
        model.addAttribute("language", preferences.languageOf(username));
        model.addAttribute("languages", MailLanguage.values());
        model.addAttribute("email", accounts.byUsername(username).map(AccountContact::email).orElse(null));
        model.addAttribute("mailOn", properties.mail().enabled());
        return "supervision/inbox";
    }

    @PostMapping("/inbox/preference")
    String prefer(@RequestParam(required = false) DeliveryMode mode,
                  @RequestParam(required = false) MailLanguage language, RedirectAttributes redirect) {
        Flash.run(redirect, "supervision.preference.saved",
                () -> preferences.choose(users.require().username(), mode, language));
        return "redirect:/inbox";
    }

    @PostMapping("/inbox/{id}/read")
    String read(@PathVariable long id) {
        notifications.markRead(users.require().username(), id);
        return "redirect:/inbox";
    }

    @PostMapping("/inbox/read-all")
    String readAll(RedirectAttributes redirect) {
        notifications.markAllRead(users.require().username());
        redirect.addFlashAttribute("flash", "supervision.inbox.allRead");
        return "redirect:/inbox";
    }
}
