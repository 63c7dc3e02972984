package org.fazhi.disclosure.internal;

import java.time.LocalDate;
import org.fazhi.platform.DomainException;

/**
 * How a request arrived, and the receipt-date rule of 政府信息公开条例 第三十一条: in person — the day it was
 * handed in; registered post (挂号) — the day it was signed for; ordinary post (平信) — the day the agency
 * confirms it with the requester; online or fax — the day the agency confirms it. "Other" channels are
 * treated like the confirmed ones.
 */
public enum Channel {
    IN_PERSON, REGISTERED_POST, ORDINARY_POST, ONLINE, FAX, OTHER;

    /** Which date the form must ask for: {@code submitted}, {@code signed} or {@code confirmed}. */
    public String neededDate() {
        if (this == IN_PERSON) {
            return "submitted";
        }
        return this == REGISTERED_POST ? "signed" : "confirmed";
    }

    /**
     * The receipt date (收到申请之日) from the dates the form gave.
     *
     * @throws DomainException {@code error.disclosure.receipt.missing} when the date the rule needs is missing
     */
    public LocalDate receiptDate(LocalDate submitted, LocalDate signed, LocalDate confirmed) {
        LocalDate date = switch (neededDate()) {
            case "submitted" -> submitted;
            case "signed" -> signed;
            default -> confirmed;
        };
        if (date == null) {
            throw new DomainException("error.disclosure.receipt.missing." + neededDate());
        }
        if (submitted != null && date.isBefore(submitted)) {
            throw new DomainException("error.disclosure.receipt.beforeSubmitted", date.toString(), submitted.toString());
        }
        return date;
    }
}
