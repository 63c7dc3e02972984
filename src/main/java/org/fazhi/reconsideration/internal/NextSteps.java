package org.fazhi.reconsideration.internal;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.identity.CurrentUser;

/** The steps worth offering on the case page: allowed by the state and by the user's role. */
public final class NextSteps {

    private NextSteps() {
    }

    /** The actions {@code user} may try on {@code c} now; the rules still check dates when submitted. */
    public static List<Action> of(CaseFile c, CurrentUser user, boolean deemed) {
        List<Action> steps = new ArrayList<>();
        switch (c.state()) {
            case RECEIVED -> {
                if (c.correctionNoticeOn() == null) {
                    steps.add(Action.REQUEST_CORRECTION);
                }
                // a decision taken within the review period may be recorded afterwards, so accept and reject
                // stay offered once the period ran out, next to 视为受理
                steps.add(Action.ACCEPT);
                steps.add(Action.REJECT);
                if (deemed) {
                    steps.add(Action.DEEM_ACCEPTED);
                }
            }
            case CORRECTION_REQUESTED -> {
                steps.add(Action.RECEIVE_CORRECTION);
                steps.add(Action.ABANDON);
            }
            case ACCEPTED, SUSPENDED -> heard(c, steps);
            default -> { }
        }
        if (c.acceptedOn() != null && c.opinionOn() == null && c.state() != CaseState.VOIDED) {
            steps.add(Action.ISSUE_OPINION);
        }
        if (c.opinionOn() != null && c.opinionReplyOn() == null && c.state() != CaseState.VOIDED) {
            steps.add(Action.RECORD_OPINION_REPLY);
        }
        if (c.state() != CaseState.VOIDED) {
            steps.add(Action.VOID);
        }
        long unit = c.registration().respondentUnitId();
        return steps.stream().filter(a -> CaseAccess.mayAct(user, unit, a)).toList();
    }

    private static void heard(CaseFile c, List<Action> steps) {
        boolean running = c.state() == CaseState.ACCEPTED;
        if (running && c.copySentOn() == null) {
            steps.add(Action.SEND_COPY);
        }
        if (c.copySentOn() != null && c.answerOn() == null) {
            steps.add(Action.RECORD_ANSWER);
        }
        if (running) {
            steps.add(Action.SCHEDULE_HEARING);
            if (c.procedure() == Procedure.SIMPLIFIED) {
                steps.add(Action.CONVERT_TO_ORDINARY);
            } else if (c.extensionDays() == null) {
                steps.add(Action.EXTEND);
            }
            steps.add(Action.SUSPEND);
        } else {
            steps.add(Action.RESUME);
        }
        steps.add(Action.DECIDE);
    }
}
