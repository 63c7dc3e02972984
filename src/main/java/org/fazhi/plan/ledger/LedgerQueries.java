package org.fazhi.plan.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.fazhi.identity.CurrentUser;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitView;
import org.fazhi.plan.ProgressMark;
import org.fazhi.plan.internal.Plan;
import org.fazhi.plan.internal.PlanQueries;
import org.fazhi.plan.internal.PlanQueries.TaskView;
import org.fazhi.plan.internal.PlanQueries.UnitLine;
import org.fazhi.plan.internal.Task;
import org.fazhi.plan.internal.TaskChange;
import org.fazhi.plan.internal.Tasks;
import org.fazhi.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 台账 — the ledger as each role reads it: the filtered plan, one task with its history, one unit's tasks. */
@Service
public class LedgerQueries {

    /** The plan page: the plan with only the matching tasks (sections left empty by a filter dropped). */
    public record PlanPage(PlanSheet sheet, List<PlanSheet.Part> sections, int shown, LedgerFilter filter,
                           Marks marks) {
    }

    /** The task page: the task, the notice line it came from and its history, oldest first. */
    public record TaskPage(Plan plan, TaskView task, String sourceLineText, List<TaskChange> history, Marks marks) {
    }

    /** One line of a unit's task list: the task, whether this unit leads it and its progress ({@code null}: none). */
    public record UnitTask(PlanSheet plan, PlanSheet.Row task, boolean lead, ProgressMark mark) {
    }

    /** A unit's page: the unit, its tasks (lead ones first, then by deadline) and the plans they belong to. */
    public record UnitPage(UnitView unit, List<UnitTask> tasks, List<PlanSheet> plans) {
    }

    private final PlanQueries plans;
    private final PlanSheets sheets;
    private final LedgerBuilder builder;
    private final Tasks tasks;
    private final LedgerSearch search;
    private final UnitDirectory directory;

    LedgerQueries(PlanQueries plans, PlanSheets sheets, LedgerBuilder builder, Tasks tasks, LedgerSearch search,
                  UnitDirectory directory) {
        this.plans = plans;
        this.builder = builder;
        this.sheets = sheets;
        this.tasks = tasks;
        this.search = search;
        this.directory = directory;
    }

    /**
     * The plan with only the tasks the filter lets through, its progress as {@code reader} may read it; sections
     * left empty by a filter are dropped. Reads the cached {@link PlanSheet}; only a text search goes to the database.
     */
    public PlanPage plan(long planId, LedgerFilter filter, CurrentUser reader) {
        PlanSheet sheet = sheets.of(planId);
        Marks marks = builder.marks(planId, reader);
        if (!filter.active()) {
            return new PlanPage(sheet, sheet.parts(), sheet.taskCount(), filter, marks);
        }
        Optional<Set<Long>> found = Optional.ofNullable(filter.q()).map(q -> search.matching(planId, q));
        List<PlanSheet.Part> sections = sheet.parts().stream()
                .filter(s -> filter.section() == null || filter.section().equals(s.sectionId()))
                .map(s -> new PlanSheet.Part(s.sectionId(), s.number(), s.heading(), s.tasks().stream()
                        .filter(t -> matches(t, filter) && found.map(ids -> ids.contains(t.taskId())).orElse(true))
                        .toList()))
                .filter(s -> !s.tasks().isEmpty())
                .toList();
        return new PlanPage(sheet, sections, sections.stream().mapToInt(s -> s.tasks().size()).sum(), filter, marks);
    }

    private boolean matches(PlanSheet.Row t, LedgerFilter filter) {
        if (!filter.dueWithin(t.dueDate())) {
            return false;
        }
        if (filter.unit() != null && !t.unitIds().contains(filter.unit())) {
            return false;
        }
        return filter.kind() == null || t.unitIds().stream()
                .anyMatch(id -> directory.find(id).map(u -> u.kind() == filter.kind()).orElse(false));
    }

    private static Stream<Long> unitIds(TaskView t) {
        return Stream.concat(t.leads().stream(), t.partners().stream()).map(UnitLine::unitId);
    }

    /**
     * The task page for {@code user}: coordinators and city leaders see every task, a unit's liaison or
     * leader only tasks of their unit — any other task is answered as not found, so its existence does not leak.
     * Its progress is as the reader may read it: a unit's own texts, the other units' lights.
     */
    @Transactional(readOnly = true)
    public TaskPage task(long taskId, CurrentUser user) {
        Task task = tasks.findById(taskId).orElseThrow(() -> new NotFoundException("error.notFound"));
        TaskView view = plans.view(task);
        LedgerAccess.requireMaySeeTask(user, unitIds(view).toList());
        Plan plan = task.getPlan();
        return new TaskPage(plan, view, sourceLine(plan.getSourceText(), task.getSourceLine()),
                plans.history(taskId), builder.marks(plan.getId(), user));
    }

    static String sourceLine(String text, int line) {
        if (text == null || line < 1) {
            return "";
        }
        return text.lines().skip(line - 1L).findFirst().orElse("");
    }

    /**
     * The tasks of one unit across all plans, lead ones first, then by deadline (undated last); withdrawn tasks
     * are left out. The plans are found by the responsibility index; the tasks come from the cached
     * {@link PlanSheet}s, so a view costs one small query however large the plans are (no transaction: each
     * sheet is consistent in itself).
     */
    public UnitPage unit(long unitId, CurrentUser user) {
        LedgerAccess.requireMaySeeUnit(user, unitId);
        UnitView unit = directory.find(unitId).orElseThrow(() -> new NotFoundException("error.notFound"));
        List<UnitTask> lines = new ArrayList<>();
        List<PlanSheet> planSheets = new ArrayList<>();
        for (long planId : sheets.plansOfUnit(unitId)) {
            PlanSheet sheet = sheets.of(planId);
            Marks marks = builder.marks(planId, user);
            planSheets.add(sheet);
            for (PlanSheet.Part part : sheet.parts()) {
                for (PlanSheet.Row row : part.tasks()) {
                    if (!row.withdrawn() && row.unitIds().contains(unitId)) {
                        boolean lead = row.leads().stream().anyMatch(u -> u.id() == unitId);
                        lines.add(new UnitTask(sheet, row, lead, marks.of(row.taskId(), unitId)));
                    }
                }
            }
        }
        lines.sort(Comparator.comparing((UnitTask u) -> !u.lead())
                .thenComparing(u -> u.task().dueDate(), Comparator.nullsLast(LocalDate::compareTo))
                .thenComparing(u -> u.plan().planId())
                .thenComparing(u -> u.task().number()));
        planSheets.removeIf(p -> lines.stream().noneMatch(l -> l.plan() == p));
        return new UnitPage(unit, List.copyOf(lines), List.copyOf(planSheets));
    }
}
