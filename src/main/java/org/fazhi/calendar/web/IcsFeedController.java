package org.fazhi.calendar.web;

import java.security.Principal;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /calendar/deadlines.ics} — the signed-in user's ICS feed (browser session or HTTP Basic). Calendar
 * clients that cannot log in use the secret address from {@link CalendarFeedController}.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class IcsFeedController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final IcsFeed feed;

    IcsFeedController(IcsFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/calendar/deadlines.ics")
    ResponseEntity<String> feed(Principal principal, Locale locale) {
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).body(feed.forUser(principal.getName(), locale));
    }
}
