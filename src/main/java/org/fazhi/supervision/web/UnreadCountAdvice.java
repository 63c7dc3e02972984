package org.fazhi.supervision.web;

import jakarta.servlet.http.HttpServletRequest;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.supervision.internal.UnreadCounts;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The number of unread inbox entries, for the navigation bar of every page (not for the API). */
@ControllerAdvice
class UnreadCountAdvice {

    private final UnreadCounts unread;
    private final CurrentUsers users;

    UnreadCountAdvice(UnreadCounts unread, CurrentUsers users) {
        this.unread = unread;
        this.users = users;
    }

    @ModelAttribute("unreadCount")
    Integer unreadCount(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return users.current().map(u -> unread.of(u.username())).orElse(null);
    }
}
