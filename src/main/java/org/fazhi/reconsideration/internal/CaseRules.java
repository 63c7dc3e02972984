package org.fazhi.reconsideration.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.platform.DomainException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The state machine of a 行政复议 case: which step is allowed in which state, and the date rules of 行政复议法
 * each step must satisfy. A refusal names the rule and article ({@code error.reconsideration.*}); nothing is
 * recorded.
 */
public final class CaseRules {

    private static final Set<CaseState> HEARD = EnumSet.of(CaseState.ACCEPTED, CaseState.SUSPENDED);

    private final CaseDeadlines deadlines;

    public CaseRules(DeadlineMath math) {
        this.deadlines = new CaseDeadlines(math);
    }

    /** Checks a registration (第二十条: one knows of an act before applying against it). */
    public void checkRegistration(Registration r, LocalDate today) {
        required(r.applicant(), "applicant");
        required(r.act(), "act");
        if (r.channel() == null) {
            throw new DomainException("error.reconsideration.required", field("channel"));
        }
        date(r.receivedOn(), "receivedOn");
        date(r.knewOn(), "knewOn");
        notFuture(r.receivedOn(), today);
        if (r.knewOn().isAfter(r.receivedOn())) {
            throw new DomainException("error.reconsideration.knewAfterReceived", r.knewOn(), r.receivedOn());
        }
        if (r.rightsKnownOn() != null && (r.toldOfRight() || r.rightsKnownOn().isBefore(r.knewOn())
                || r.rightsKnownOn().isAfter(r.receivedOn()))) {
            throw new DomainException("error.reconsideration.rightsKnownOn", r.rightsKnownOn());
        }
    }

    /** Checks {@code command} against {@code c} on {@code today}; throws when refused. */
    public void check(CaseFile c, Command command, LocalDate today) {
        Action action = command.action();
        if (action == Action.REGISTER) {
            throw new DomainException("error.reconsideration.notAllowed", state(c), act(action));
        }
        if (action != Action.VOID) {
            date(command.date(), "date");
            notFuture(command.date(), today);
        }
        checkStep(c, command, today);
        if (action != Action.VOID && command.date().isBefore(c.lastStepOn())) {
            throw new DomainException("error.reconsideration.beforeLastStep", act(action), command.date(),
                    c.lastStepOn());
        }
    }

    private void checkStep(CaseFile c, Command command, LocalDate today) {
        Action action = command.action();
        switch (action) {
            case REQUEST_CORRECTION -> {
                inState(c, action, CaseState.RECEIVED);
                if (c.correctionNoticeOn() != null) {
                    throw new DomainException("error.reconsideration.correction.once");
                }
                LocalDate due = deadlines.due(DeadlineRequest.of(c.registration().receivedOn(),
                        deadlinesRule("reconsideration.correctionNotice")));
                if (command.date().isAfter(due)) {
                    throw new DomainException("error.reconsideration.correction.late", command.date(), due);
                }
            }
            case RECEIVE_CORRECTION -> inState(c, action, CaseState.CORRECTION_REQUESTED);
            case ABANDON -> {
                inState(c, action, CaseState.CORRECTION_REQUESTED);
                LocalDate due = deadlines.due(DeadlineRequest.of(c.correctionNoticeOn(),
                        deadlinesRule("reconsideration.correctionByApplicant")));
                if (!command.date().isAfter(due)) {
                    throw new DomainException("error.reconsideration.abandon.early", due);
                }
            }
            case REJECT -> {
                inState(c, action, CaseState.RECEIVED);
                reason(command);
                withinReview(c, command.date());
            }
            case ACCEPT -> {
                inState(c, action, CaseState.RECEIVED);
                procedure(command);
                withinReview(c, command.date());
            }
            case DEEM_ACCEPTED -> {
                inState(c, action, CaseState.RECEIVED);
                procedure(command);
                LocalDate due = deadlines.due(deadlines.review(c));
                if (!today.isAfter(due) || !command.date().equals(due)) {
                    throw new DomainException("error.reconsideration.deemed.notYet", due);
                }
            }
            case SEND_COPY -> {
                inState(c, action, CaseState.ACCEPTED);
                once(c.copySentOn(), action);
            }
            case RECORD_ANSWER -> {
                inStates(c, action, HEARD);
                if (c.copySentOn() == null) {
                    throw new DomainException("error.reconsideration.answer.noCopy");
                }
                once(c.answerOn(), action);
            }
            case CONVERT_TO_ORDINARY -> {
                inState(c, action, CaseState.ACCEPTED);
                if (c.procedure() != Procedure.SIMPLIFIED) {
                    throw new DomainException("error.reconsideration.convert.notSimplified");
                }
                required(command.note(), "approver");
            }
            case SCHEDULE_HEARING -> {
                inState(c, action, CaseState.ACCEPTED);
                date(command.otherDate(), "hearingOn");
                LocalDate earliest = deadlines.earliestHearing(command.date());
                if (command.otherDate().isBefore(earliest)) {
                    throw new DomainException("error.reconsideration.hearing.tooSoon", command.date(),
                            command.otherDate(), earliest);
                }
            }
            case EXTEND -> checkExtension(c, command);
            case SUSPEND -> {
                inState(c, action, CaseState.ACCEPTED);
                reason(command);
                LocalDate after = c.suspensions().isEmpty() ? c.acceptedOn()
                        : c.suspensions().get(c.suspensions().size() - 1).resumedOn();
                if (!command.date().isAfter(after)) {
                    throw new DomainException("error.reconsideration.suspend.tooEarly", after);
                }
            }
            case RESUME -> inState(c, action, CaseState.SUSPENDED);
            case DECIDE -> checkDecision(c, command);
            case ISSUE_OPINION -> {
                if (c.acceptedOn() == null || c.state() == CaseState.VOIDED) {
                    throw new DomainException("error.reconsideration.notAllowed", state(c), act(action));
                }
                once(c.opinionOn(), action);
                required(command.note(), "addressee");
            }
            case RECORD_OPINION_REPLY -> {
                if (c.opinionOn() == null || c.state() == CaseState.VOIDED) {
                    throw new DomainException("error.reconsideration.opinion.none");
                }
                once(c.opinionReplyOn(), action);
            }
            case VOID -> {
                if (c.state() == CaseState.VOIDED) {
                    throw new DomainException("error.reconsideration.notAllowed", state(c), act(action));
                }
                reason(command);
            }
            default -> throw new DomainException("error.reconsideration.notAllowed", state(c), act(action));
        }
    }

    /** 第六十二条第一款: ordinary procedure only, once, at most 30 days, approved, notified before the deadline. */
    private void checkExtension(CaseFile c, Command command) {
        inState(c, Action.EXTEND, CaseState.ACCEPTED);
        if (c.procedure() != Procedure.ORDINARY) {
            throw new DomainException("error.reconsideration.extension.simplified");
        }
        if (c.extensionDays() != null) {
            throw new DomainException("error.reconsideration.extension.twice", c.extensionDays(), c.extensionNoticeOn());
        }
        if (command.days() == null || command.days() < 1 || command.days() > 30) {
            throw new DomainException("error.reconsideration.extension.tooLong", command.days() == null ? "" : command.days());
        }
        required(command.note(), "approver");
        LocalDate due = deadlines.due(deadlines.decision(c));
        if (command.date().isAfter(due)) {
            throw new DomainException("error.reconsideration.extension.afterDeadline", command.date(), due);
        }
    }

    /** A decision needs an accepted case; a suspended one may only be terminated (第三十九条、第四十一条). */
    private void checkDecision(CaseFile c, Command command) {
        DecisionType type;
        try {
            type = DecisionType.valueOf(String.valueOf(command.code()));
        } catch (IllegalArgumentException e) {
            throw new DomainException("error.reconsideration.required", field("decisionType"));
        }
        if (c.state() == CaseState.SUSPENDED && !type.allowedWhileSuspended()) {
            throw new DomainException("error.reconsideration.decision.whileSuspended",
                    new DefaultMessageSourceResolvable("reconsideration.decision." + type.name()));
        }
        if (c.state() != CaseState.ACCEPTED && c.state() != CaseState.SUSPENDED) {
            throw new DomainException("error.reconsideration.decision.notAccepted", state(c),
                    new DefaultMessageSourceResolvable("reconsideration.decision." + type.name()));
        }
        if (command.date().isBefore(c.acceptedOn())) {
            throw new DomainException("error.reconsideration.decision.beforeAcceptance", command.date(),
                    c.acceptedOn());
        }
    }

    private void withinReview(CaseFile c, LocalDate date) {
        LocalDate due = deadlines.due(deadlines.review(c));
        if (date.isAfter(due)) {
            throw new DomainException("error.reconsideration.review.expired", date, due);
        }
    }

    private org.fazhi.calendar.StatuteRule deadlinesRule(String id) {
        return deadlinesMath().rule(id);
    }

    private DeadlineMath deadlinesMath() {
        return deadlines.math();
    }

    private static void procedure(Command command) {
        try {
            Procedure.valueOf(String.valueOf(command.code()));
        } catch (IllegalArgumentException e) {
            throw new DomainException("error.reconsideration.required", field("procedure"));
        }
    }

    private static void inState(CaseFile c, Action action, CaseState allowed) {
        inStates(c, action, EnumSet.of(allowed));
    }

    private static void inStates(CaseFile c, Action action, Set<CaseState> allowed) {
        if (!allowed.contains(c.state())) {
            throw new DomainException("error.reconsideration.notAllowed", state(c), act(action));
        }
    }

    private static void once(LocalDate already, Action action) {
        if (already != null) {
            throw new DomainException("error.reconsideration.once", act(action), already);
        }
    }

    private static void reason(Command command) {
        required(command.reason(), "reason");
    }

    private static void required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new DomainException("error.reconsideration.required", field(name));
        }
    }

    private static void date(LocalDate value, String name) {
        if (value == null) {
            throw new DomainException("error.reconsideration.required", field(name));
        }
    }

    private static void notFuture(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new DomainException("error.reconsideration.future", date);
        }
    }

    private static DefaultMessageSourceResolvable state(CaseFile c) {
        return new DefaultMessageSourceResolvable("reconsideration.state." + c.state().name());
    }

    private static DefaultMessageSourceResolvable act(Action action) {
        return new DefaultMessageSourceResolvable("reconsideration.action." + action.name());
    }

    private static DefaultMessageSourceResolvable field(String name) {
        return new DefaultMessageSourceResolvable("reconsideration.field." + name);
    }
}
