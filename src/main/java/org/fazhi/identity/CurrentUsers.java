package org.fazhi.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Tells other modules who is acting in the current request. */
@Component
public class CurrentUsers {

    /** The signed-in user, if any. */
    public Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    /** The signed-in user; fails when nobody is (which the security filter chain prevents). */
    public CurrentUser require() {
        return current().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }
}
