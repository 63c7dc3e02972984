package org.fazhi.reconsideration.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.attachment.Attachments;
import org.fazhi.attachment.StoredFile;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitView;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.NotFoundException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers 行政复议 applications and records each step through {@link CaseRules}: all or nothing, with who and
 * when, refused when the case changed since the form was shown. Data scope through {@link CaseAccess}.
 */
@Service
public class CaseService {

    private final CaseStore store;
    private final CurrentUsers users;
    private final UnitDirectory units;
    private final CaseRules rules;
    private final CaseDeadlines deadlines;
    private final Attachments attachments;

    CaseService(CaseStore store, CurrentUsers users, UnitDirectory units, DeadlineMath math,
                Attachments attachments) {
        this.attachments = attachments;
        this.store = store;
        this.users = users;
        this.units = units;
        this.rules = new CaseRules(math);
        this.deadlines = new CaseDeadlines(math);
    }

    /**
     * Registers an application received by the office. A filing outside the 第二十条 window is registered and
     * flagged, not refused: whether to accept is the office's decision (第三十条).
     */
    @Transactional
    public long register(Registration registration) {
        CurrentUser user = users.require();
        if (!CaseAccess.mayRegister(user)) {
            throw new AccessDeniedException("only the office registers reconsideration cases");
        }
        rules.checkRegistration(registration, today());
        UnitView unit = units.find(registration.respondentUnitId()).filter(UnitView::active)
                .orElseThrow(() -> new DomainException("error.reconsideration.unknownUnit",
                        registration.respondentUnitId()));
        CaseFile file = new CaseFile(registration);
        boolean late = deadlines.of(file).stream().anyMatch(d -> (d.kind() == DeadlineKind.APPLICATION
                || d.kind() == DeadlineKind.APPLICATION_CAP) && d.missed());
        return store.insert(registration, late, user.username());
    }

    /** The case with {@code id} if the current user may see it; not found otherwise. */
    @Transactional(readOnly = true)
    public StoredCase read(long id) {
        StoredCase c = store.find(id).orElseThrow(() -> new NotFoundException("error.reconsideration.notFound", id));
        CaseAccess.checkSee(users.require(), c);
        return c;
    }

    /** Records one step on case {@code id}, shown to the user at {@code version}. */
    @Transactional
    public void act(long id, long version, Command command) {
        if (command == null || command.action() == null) {
            throw new DomainException("error.reconsideration.required",
                    new DefaultMessageSourceResolvable("reconsideration.field.action"));
        }
        CurrentUser user = users.require();
        StoredCase stored = store.find(id).orElseThrow(() -> new NotFoundException("error.reconsideration.notFound", id));
        CaseAccess.checkAct(user, stored, command.action());
        if (stored.version() != version) {
            throw new DomainException("error.reconsideration.stale");
        }
        CaseFile file = stored.file();
        Command step = withDefaults(file, command);
        rules.check(file, step, today());
        CaseState from = file.state();
        file.apply(step);
        LocalDate decisionDue = null;
        if (file.state() == CaseState.DECIDED) {
            decisionDue = deadlines.due(deadlines.decision(file));
        }
        store.append(id, version, stored.events().size(), step, from,
                new CaseStore.Snapshot(file.state(), file.procedure(), file.acceptedOn(), file.closedOn(),
                        file.decisionType(), decisionDue), user.username());
    }

    /**
     * Adds a file to case {@code id} (checked and stored by the attachment module in this transaction) and
     * records it as a step. Allowed to the office and to the respondent's liaison, also on a closed case.
     */
    @Transactional
    public StoredFile attach(long id, String fileName, InputStream content) {
        CurrentUser user = users.require();
        StoredCase stored = store.find(id).orElseThrow(() -> new NotFoundException("error.reconsideration.notFound", id));
        CaseAccess.checkAct(user, stored, Action.ATTACH);
        if (stored.file().state() == CaseState.VOIDED) {
            throw new DomainException("error.reconsideration.notAllowed",
                    new DefaultMessageSourceResolvable("reconsideration.state.VOIDED"),
                    new DefaultMessageSourceResolvable("reconsideration.action.ATTACH"));
        }
        StoredFile file = attachments.store(owner(id), fileName, content, user.username());
        CaseFile f = stored.file();
        store.append(id, stored.version(), stored.events().size(),
                new Command(Action.ATTACH, null, null, null, null, file.fileName(), null), f.state(),
                new CaseStore.Snapshot(f.state(), f.procedure(), f.acceptedOn(), f.closedOn(), f.decisionType(),
                        null), user.username());
        return file;
    }

    /** The files of case {@code id}, if the user may see it. */
    @Transactional(readOnly = true)
    public List<StoredFile> files(long id) {
        read(id);
        return attachments.of(owner(id));
    }

    /** File {@code fileId} of case {@code id}, if the user may see the case and the file belongs to it. */
    @Transactional(readOnly = true)
    public StoredFile file(long id, long fileId) {
        read(id);
        return attachments.find(owner(id), fileId)
                .orElseThrow(() -> new NotFoundException("error.reconsideration.notFound", id));
    }

    /** The attachment owner reference of a case. */
    public static String owner(long id) {
        return "reconsideration:case:" + id;
    }

    /** 视为受理 happens on the last day of the review; voiding happens today. */
    private Command withDefaults(CaseFile file, Command command) {
        if (command.action() == Action.DEEM_ACCEPTED && command.date() == null && file.state() == CaseState.RECEIVED) {
            return new Command(command.action(), deadlines.due(deadlines.review(file)), null, null, command.code(),
                    command.note(), command.reason());
        }
        if (command.action() == Action.VOID && command.date() == null) {
            return new Command(command.action(), today(), null, null, null, null, command.reason());
        }
        return command;
    }

    private static LocalDate today() {
        return LocalDate.now();
    }
}
