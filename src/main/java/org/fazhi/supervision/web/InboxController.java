package org.fazhi.supervision.web;

import org.fazhi.identity.CurrentUsers;
import org.fazhi.supervision.internal.Notifications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 消息 — every user's own inbox: unread first; open one (marks it read) or mark all read. */
@Controller
class InboxController {

    static final int PAGE = 200;

    private final Notifications notifications;
    private final CurrentUsers users;

    InboxController(Notifications notifications, CurrentUsers users) {
        this.notifications = notifications;
        this.users = users;
    }

    @GetMapping("/inbox")
    String inbox(Model model) {
        model.addAttribute("notifications", notifications.of(users.require().username(), PAGE));
        return "supervision/inbox";
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
