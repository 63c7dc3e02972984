package org.fazhi.identity.web;

import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user (or null) into every page's model as {@code currentUser}. */
@ControllerAdvice
class CurrentUserAdvice {

    private final CurrentUsers users;

    CurrentUserAdvice(CurrentUsers users) {
        this.users = users;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return users.current().orElse(null);
    }
}
