package org.fazhi.plan.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitView;
import org.fazhi.plan.ResponsibilitiesChanged;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's edits to a task: designate the units behind 市直有关部门, add or remove a unit, change the
 * lead, set the deadline. Each needs a reason, applies all or nothing, is recorded as an EDITED change (who,
 * when, what, why) and is refused when the task changed since the form was shown (optimistic locking on
 * {@code plan_task.version}).
 */
@Service
@PreAuthorize("hasRole('COORDINATOR')")
public class TaskEditing {

    /**
     * What every edit carries.
     *
     * @param version the task's version when the form was shown
     * @param reason  why (required)
     * @param actor   who
     */
    public record Edit(long taskId, long version, String reason, String actor) {
    }

    private final Tasks tasks;
    private final TaskChanges changes;
    private final UnitDirectory directory;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    TaskEditing(Tasks tasks, TaskChanges changes, UnitDirectory directory, EntityManager entityManager,
                ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.changes = changes;
        this.directory = directory;
        this.entityManager = entityManager;
        this.events = events;
    }

    /** 指定 — the units behind a term to be designated (市直有关部门). */
    @Transactional
    public void designate(Edit edit, String term, List<Long> unitIds) {
        unitIds.forEach(this::activeUnit);
        changeUnits(edit, units -> TaskEdits.designate(units, term, unitIds, directory::displayName));
    }

    /** Adds a responsible unit, as lead or partner. */
    @Transactional
    public void addUnit(Edit edit, long unitId, boolean lead) {
        UnitView unit = activeUnit(unitId);
        changeUnits(edit, units -> TaskEdits.add(units, unitId, unit.displayName(), lead));
    }

    /** Removes a responsible unit. */
    @Transactional
    public void removeUnit(Edit edit, long unitId) {
        changeUnits(edit, units -> TaskEdits.remove(units, unitId));
    }

    /** Makes a responsible unit the sole lead. */
    @Transactional
    public void makeLead(Edit edit, long unitId) {
        changeUnits(edit, units -> TaskEdits.makeLead(units, unitId));
    }

    /** Sets or changes the deadline: the day, and the words the ledger shows (derived from the day if blank). */
    @Transactional
    public void reschedule(Edit edit, LocalDate date, String text) {
        String words = text == null || text.isBlank() ? null : text.strip();
        if (date == null && words == null) {
            throw new DomainException("error.ledger.edit.noDeadline");
        }
        if (words == null) {
            words = date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日前";
        }
        Task task = open(edit);
        String change = task.reschedule(date, words);
        if (change == null) {
            throw new DomainException("error.ledger.edit.unchanged");
        }
        record(edit, task, change);
    }

    /**
     * Applies several changes to one task as one edit (the Excel round trip): new units and, if not null,
     * a new deadline. Nothing is recorded when nothing changes.
     */
    @Transactional
    public void replace(Edit edit, List<ResolvedUnit> units, LocalDate date, String dueText) {
        Task task = open(edit);
        StringBuilder detail = new StringBuilder();
        if (!units.equals(task.units())) {
            detail.append(task.changeUnits(units));
        }
        if (dueText != null) {
            String due = task.reschedule(date, dueText);
            if (due != null) {
                detail.append(detail.isEmpty() ? "" : "\n").append(due);
            }
        }
        if (!detail.isEmpty()) {
            record(edit, task, detail.toString());
        }
    }

    private void changeUnits(Edit edit, UnaryOperator<List<ResolvedUnit>> rule) {
        Task task = open(edit);
        List<ResolvedUnit> next = rule.apply(task.units());
        record(edit, task, task.changeUnits(next));
    }

    private Task open(Edit edit) {
        if (edit.reason() == null || edit.reason().isBlank()) {
            throw new DomainException("error.ledger.edit.reasonRequired");
        }
        Task task = tasks.findById(edit.taskId()).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (task.getVersion() != edit.version()) {
            throw new DomainException("error.ledger.edit.stale");
        }
        return task;
    }

    private void record(Edit edit, Task task, String detail) {
        entityManager.lock(task, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        changes.save(new TaskChange(task.getId(), edit.actor(), TaskChange.Kind.EDITED, detail, edit.reason().strip()));
        entityManager.flush();
        events.publishEvent(new ResponsibilitiesChanged(task.getPlan().getId()));
    }

    private UnitView activeUnit(long unitId) {
        return directory.find(unitId).filter(UnitView::active)
                .orElseThrow(() -> new DomainException("error.ledger.edit.unknownUnit", unitId));
    }
}
