package org.fazhi.litigation.internal;

import java.time.LocalDate;

/** 司法建议 — a court's suggestion to the agency and the agency's reply. */
public record Suggestion(long id, long caseId, LocalDate receivedOn, String content, LocalDate repliedOn, String reply) {

    public boolean replied() {
        return repliedOn != null;
    }
}
