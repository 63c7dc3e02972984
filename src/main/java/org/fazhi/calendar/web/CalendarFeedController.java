package org.fazhi.calendar.web;

import java.security.Principal;
import java.util.Locale;

import org.fazhi.calendar.internal.FeedTokens;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * 日历订阅 — a secret address per user for Outlook/WPS, which cannot log in: the user issues (or replaces)
 * the secret on {@code /calendar/feed} and sees the address once; {@code /calendar/feed/<secret>.ics} serves
 * that user's feed without a session as long as the account is enabled and not locked.
 */
@Controller
class CalendarFeedController {

    private final FeedTokens tokens;
    private final IcsFeed feed;
    private final UserDetailsService accounts;

    CalendarFeedController(FeedTokens tokens, IcsFeed feed, UserDetailsService accounts) {
        this.tokens = tokens;
        this.feed = feed;
        this.accounts = accounts;
    }

    @GetMapping("/calendar/feed")
    @PreAuthorize("isAuthenticated()")
    String show(Principal principal, Model model) {
        model.addAttribute("hasToken", tokens.has(principal.getName()));
        return "calendar/feed";
    }

    @PostMapping("/calendar/feed")
    @PreAuthorize("isAuthenticated()")
    String issue(Principal principal, RedirectAttributes redirect) {
        String token = tokens.issue(principal.getName());
        redirect.addFlashAttribute("feedUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/calendar/feed/{token}.ics").buildAndExpand(token).toUriString());
        redirect.addFlashAttribute("flash", "calendar.feed.issued");
        return "redirect:/calendar/feed";
    }

    @PostMapping("/calendar/feed/revoke")
    @PreAuthorize("isAuthenticated()")
    String revoke(Principal principal, RedirectAttributes redirect) {
        tokens.revoke(principal.getName());
        redirect.addFlashAttribute("flash", "calendar.feed.revoked");
        return "redirect:/calendar/feed";
    }

    @GetMapping("/calendar/feed/{token}.ics")
    @PreAuthorize("permitAll()")
    ResponseEntity<String> subscribed(@PathVariable String token, Locale locale) {
        return tokens.usernameFor(token).filter(this::mayStillSee)
                .map(username -> ResponseEntity.ok().contentType(IcsFeedController.TEXT_CALENDAR)
                        .body(feed.forUser(username, locale)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private boolean mayStillSee(String username) {
        try {
            UserDetails account = accounts.loadUserByUsername(username);
            return account.isEnabled() && account.isAccountNonLocked();
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }
}
