package org.fazhi.supervision.web;

import jakarta.servlet.http.HttpServletRequest;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.supervision.internal.Notifications;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The number of unread inbox entries, for the navigation bar of every page (not for the API). */
@ControllerAdvice
class UnreadCountAdvice {

    private final Notifications notifications;
    private final CurrentUsers users;

    UnreadCountAdvice(Notifications notifications, CurrentUsers users) {
        this.notifications = notifications;
        this.users = users;
    }

    @ModelAttribute("unreadCount")
    Integer unreadCount(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return users.current().map(u -> notifications.unread(u.username())).orElse(null);
    }
}
