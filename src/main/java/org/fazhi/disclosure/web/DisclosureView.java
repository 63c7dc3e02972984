package org.fazhi.disclosure.web;

import java.time.LocalDate;
import java.time.ZoneId;
import org.fazhi.disclosure.internal.DisclosureDeadlines;
import org.fazhi.disclosure.internal.DisclosureRequest;

/** A list row: the request, its unit's name, its reply deadline and light. */
record DisclosureView(DisclosureRequest request, String unitName, LocalDate replyDue, DisclosureDeadlines.Light light) {

    /** Dates of the register are the agency's local dates (China Standard Time). */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
