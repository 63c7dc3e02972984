package org.fazhi.identity;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Tells other modules who is acting in the current request. */
@Component
public class CurrentUsers {

    private final ObjectProvider<UserDetailsService> accounts;

    CurrentUsers(ObjectProvider<UserDetailsService> accounts) {
        this.accounts = accounts;
    }

    /** The account {@code username} as a user (its unit and roles), e.g. for a feed read outside a session. */
    public Optional<CurrentUser> byUsername(String username) {
        try {
            UserDetails details = accounts.getObject().loadUserByUsername(username);
            return details instanceof AccountPrincipal principal ? Optional.of(principal.user()) : Optional.empty();
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }

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
