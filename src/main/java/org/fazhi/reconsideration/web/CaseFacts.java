package org.fazhi.reconsideration.web;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.reconsideration.internal.CaseFile;
import org.fazhi.reconsideration.internal.CaseState;
import org.fazhi.reconsideration.internal.DecisionType;
import org.fazhi.reconsideration.internal.Procedure;
import org.fazhi.reconsideration.internal.Registration;

/** The recorded facts of a case (a plain record of {@link CaseFile} for pages and JSON). */
public record CaseFacts(Registration registration, CaseState state, Procedure procedure, LocalDate correctionNoticeOn,
                        LocalDate correctionReceivedOn, LocalDate acceptedOn, boolean deemedAccepted,
                        LocalDate copySentOn, LocalDate answerOn, LocalDate convertedOn, List<CaseFile.Hearing> hearings,
                        List<CaseFile.Suspension> suspensions, Integer extensionDays, String extensionApprover,
                        LocalDate extensionNoticeOn, LocalDate closedOn, DecisionType decisionType, String closedReason,
                        LocalDate opinionOn, String opinionAddressee, LocalDate opinionReplyOn) {

    static CaseFacts of(CaseFile f) {
        return new CaseFacts(f.registration(), f.state(), f.procedure(), f.correctionNoticeOn(),
                f.correctionReceivedOn(), f.acceptedOn(), f.deemedAccepted(), f.copySentOn(), f.answerOn(),
                f.convertedOn(), f.hearings(), f.suspensions(), f.extensionDays(), f.extensionApprover(),
                f.extensionNoticeOn(), f.closedOn(), f.decisionType(), f.closedReason(), f.opinionOn(),
                f.opinionAddressee(), f.opinionReplyOn());
    }
}
