package org.fazhi.litigation.internal;

import java.time.LocalDate;

/** 开庭 — one hearing and who appeared for the agency. */
public record Hearing(long id, long caseId, LocalDate heldOn, Appearance appearance, String appeared, Excuse excuse,
                      String excuseNote) {
}
