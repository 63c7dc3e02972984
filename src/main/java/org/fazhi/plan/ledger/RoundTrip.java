package org.fazhi.plan.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.organization.NameResolution;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.plan.PlanProperties;
import org.fazhi.plan.internal.Plan;
import org.fazhi.plan.internal.Plans;
import org.fazhi.plan.internal.ResolvedUnit;
import org.fazhi.plan.internal.Task;
import org.fazhi.plan.internal.TaskEditing;
import org.fazhi.plan.internal.Tasks;
import org.fazhi.plan.ledger.LedgerSheet.Problem;
import org.fazhi.plan.ledger.LedgerSheet.SheetTask;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Excel 回传 — the coordinator uploads the exported ledger with 牵头单位/责任单位/完成时限 edited: a preview lists
 * each task's differences and every row that matches no task or names an unknown unit (never guessed); apply
 * takes all differences or none, each recorded as an EDITED change with the reason "Excel 回传".
 */
@Service
@PreAuthorize("hasRole('COORDINATOR')")
public class RoundTrip {

    /** The reason recorded on every change the round trip applies. */
    public static final String REASON = "Excel 回传";
    private static final Pattern DAY = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日前?");
    private static final Pattern MONTH_END = Pattern.compile("(\\d{4})年(\\d{1,2})月底前?");

    /** One task whose units or deadline the sheet changes, and what it changes (for the preview). */
    public record Difference(long taskId, long version, int number, String title, List<Change> changes,
                             List<ResolvedUnit> units, LocalDate dueDate, String dueText) {
    }

    /** One changed field for the preview: a bundle key ({@code ledger.roundtrip.change.*}) with before and after. */
    public record Change(String messageKey, String before, String after) {
        public Object[] args() {
            return new Object[] {before, after};
        }
    }

    /** The preview: the differences, and the problems that block applying them. */
    public record Preview(long planId, List<Difference> differences, List<Problem> problems) {
        public boolean applicable() {
            return problems.isEmpty() && !differences.isEmpty();
        }
    }

    private final Plans plans;
    private final Tasks tasks;
    private final UnitDirectory directory;
    private final TaskEditing editing;
    private final long maxSize;
    private final MessageSource messages;

    RoundTrip(Plans plans, Tasks tasks, UnitDirectory directory, TaskEditing editing, PlanProperties properties,
              MessageSource messages) {
        this.messages = messages;
        this.maxSize = properties.maxNoticeSize().toBytes();
        this.plans = plans;
        this.tasks = tasks;
        this.directory = directory;
        this.editing = editing;
    }

    /** Reads the uploaded ledger and compares it with the plan; nothing is changed. */
    @Transactional(readOnly = true)
    public Preview preview(long planId, byte[] bytes) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (bytes.length > maxSize) {
            throw new DomainException("error.ledger.upload.tooLarge", maxSize / 1024 / 1024);
        }
        LedgerSheet.Contents sheet = LedgerSheet.read(bytes, LedgerLabels.knownColumns(messages));
        if (plan.getDocNumber() != null && !sheet.title().contains(plan.getDocNumber())) {
            throw new DomainException("error.ledger.upload.otherPlan", plan.getDocNumber(), sheet.title());
        }
        Map<Integer, Task> byNumber = new HashMap<>();
        tasks.findByPlanIdOrderByNumber(planId).forEach(t -> byNumber.put(t.getNumber(), t));
        List<Problem> problems = new ArrayList<>(sheet.problems());
        List<Difference> differences = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (SheetTask row : sheet.tasks()) {
            Task task = match(row, byNumber, problems);
            if (task == null || !seen.add(task.getNumber())) {
                continue;
            }
            Difference difference = compare(row, task, problems);
            if (difference != null) {
                differences.add(difference);
            }
        }
        return new Preview(planId, differences, problems);
    }

    /** Applies a preview's differences, all or none; a task changed since the preview refuses the lot. */
    @Transactional
    public int apply(Preview preview, String actor) {
        if (!preview.problems().isEmpty()) {
            throw new DomainException("error.ledger.upload.hasProblems");
        }
        for (Difference d : preview.differences()) {
            editing.replace(new TaskEditing.Edit(d.taskId(), d.version(), REASON, actor), d.units(), d.dueDate(),
                    d.dueText());
        }
        return preview.differences().size();
    }

    private static Task match(SheetTask row, Map<Integer, Task> byNumber, List<Problem> problems) {
        Task task = null;
        try {
            task = byNumber.get(Integer.parseInt(row.number().replaceAll("\\.0+$", "")));
        } catch (NumberFormatException e) {
            // not a number: reported below like any row matching no task
        }
        if (task == null || !task.getTitle().strip().equals(row.title())) {
            problems.add(new Problem("error.ledger.upload.noTask", List.of(row.row(), row.number(), row.title())));
            return null;
        }
        return task;
    }

    private Difference compare(SheetTask row, Task task, List<Problem> problems) {
        List<ResolvedUnit> current = task.getResponsibilities().stream().map(r -> new ResolvedUnit(r.getUnitId(),
                r.getWrittenName(), r.getViaTerm(), r.isLead(), r.isToDesignate())).toList();
        List<ResolvedUnit> next = new ArrayList<>();
        int before = problems.size();
        names(row.leads()).forEach(n -> resolve(row, n, true, current, next, problems));
        row.units().stream().flatMap(u -> names(u).stream())
                .forEach(n -> resolve(row, n, false, current, next, problems));
        Deadline due = deadline(row, task, problems);
        if (problems.size() > before) {
            return null;
        }
        List<Change> changes = new ArrayList<>();
        if (!key(current).equals(key(next))) {
            changes.add(new Change("ledger.roundtrip.change.leads", names(current, true), names(next, true)));
            changes.add(new Change("ledger.roundtrip.change.units", names(current, false), names(next, false)));
        }
        boolean dueChanged = !Objects.equals(due.text(), task.getDueText()) || !Objects.equals(due.date(), task.getDueDate());
        if (dueChanged) {
            changes.add(new Change("ledger.roundtrip.change.due", task.getDueText(), due.text()));
        }
        if (changes.isEmpty()) {
            return null;
        }
        return new Difference(task.getId(), task.getVersion(), task.getNumber(), task.getTitle(), changes,
                key(current).equals(key(next)) ? current : next, due.date(), dueChanged ? due.text() : null);
    }

    private void resolve(SheetTask row, String name, boolean lead, List<ResolvedUnit> current, List<ResolvedUnit> next,
                         List<Problem> problems) {
        NameResolution resolution = directory.resolve(name);
        if (resolution instanceof NameResolution.Resolved r) {
            add(next, current.stream().filter(u -> Objects.equals(u.unitId(), r.unitId())).findFirst()
                    .map(u -> new ResolvedUnit(u.unitId(), u.writtenName(), u.viaTerm(), lead, false))
                    .orElse(new ResolvedUnit(r.unitId(), name, null, lead, false)));
        } else if (resolution instanceof NameResolution.Collective c && c.awaitingDesignation()) {
            add(next, new ResolvedUnit(null, name, c.term(), false, true));
        } else if (resolution instanceof NameResolution.Collective c) {
            c.expandsTo().forEach(id -> add(next, new ResolvedUnit(id, name, c.term(), lead, false)));
        } else {
            problems.add(new Problem("error.ledger.upload.unknownUnit", List.of(row.row(), name)));
        }
    }

    private static void add(List<ResolvedUnit> next, ResolvedUnit unit) {
        boolean present = next.stream().anyMatch(u -> unit.unitId() != null ? Objects.equals(u.unitId(), unit.unitId())
                : Objects.equals(u.viaTerm(), unit.viaTerm()) && u.unitId() == null);
        if (!present) {
            next.add(unit);
        }
    }

    /** A deadline cell: an Excel date, the words already on record, or 2030年6月30日(前) / 2030年6月底(前). */
    private record Deadline(LocalDate date, String text) {
    }

    private static Deadline deadline(SheetTask row, Task task, List<Problem> problems) {
        if (row.dueDate() != null) {
            LocalDate d = row.dueDate();
            return new Deadline(d, d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日前");
        }
        String text = row.due();
        if (text.equals(task.getDueText() == null ? "" : task.getDueText())) {
            return new Deadline(task.getDueDate(), task.getDueText());
        }
        try {
            Matcher day = DAY.matcher(text);
            if (day.matches()) {
                return new Deadline(LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)),
                        Integer.parseInt(day.group(3))), text);
            }
            Matcher month = MONTH_END.matcher(text);
            if (month.matches()) {
                LocalDate first = LocalDate.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)), 1);
                return new Deadline(first.withDayOfMonth(first.lengthOfMonth()), text);
            }
        } catch (java.time.DateTimeException e) {
            // an impossible date such as 2030年2月30日: reported below
        }
        problems.add(new Problem("error.ledger.upload.deadline", List.of(row.row(), text)));
        return new Deadline(null, text);
    }

    /** The unit names of a cell: the whole cell if it names a unit or term, else its parts (see {@link UnitCell}). */
    private List<String> names(String cell) {
        return UnitCell.names(cell, name -> !(directory.resolve(name) instanceof NameResolution.Unknown));
    }

    private static Set<String> key(List<ResolvedUnit> units) {
        Set<String> key = new LinkedHashSet<>();
        units.stream().map(u -> (u.lead() ? "L" : "P") + (u.unitId() != null ? u.unitId() : "t:" + u.viaTerm()))
                .sorted().forEach(key::add);
        return key;
    }

    private String names(List<ResolvedUnit> units, boolean lead) {
        return String.join("、", units.stream().filter(u -> u.lead() == lead)
                .map(u -> u.unitId() == null ? u.writtenName() : directory.displayName(u.unitId())).toList());
    }
}
