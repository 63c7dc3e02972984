package org.fazhi.plan.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** 重点任务 — one key task of a plan with its responsible units. */
@Entity
@Table(name = "plan_task")
public class Task {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private Plan plan;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id")
    private Section section;
    private int number;
    private String label;
    private String title;
    private String body;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "due_text")
    private String dueText;
    @Column(name = "source_line")
    private int sourceLine;
    private boolean withdrawn;
    @Version
    private long version;

    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Responsibility> responsibilities = new ArrayList<>();

    protected Task() {
    }

    Task(Plan plan, int number) {
        this.plan = plan;
        this.number = number;
    }

    /**
     * The notice's units with the coordinator's designations kept: where the re-imported notice still names a
     * term to be designated (市直有关部门) and units were designated for it on this task, those units stand in
     * for the placeholder, so a re-import never undoes a designation.
     */
    List<ResolvedUnit> keepingDesignations(List<ResolvedUnit> fromNotice) {
        List<ResolvedUnit> result = new ArrayList<>();
        for (ResolvedUnit unit : fromNotice) {
            List<ResolvedUnit> designated = !unit.toDesignate() ? List.of() : responsibilities.stream()
                    .filter(r -> r.getUnitId() != null && !r.isToDesignate() && Objects.equals(r.getViaTerm(), unit.viaTerm()))
                    .filter(r -> fromNotice.stream().noneMatch(u -> Objects.equals(u.unitId(), r.getUnitId())))
                    .map(r -> new ResolvedUnit(r.getUnitId(), r.getWrittenName(), r.getViaTerm(), false, false))
                    .toList();
            if (designated.isEmpty()) {
                result.add(unit);
            } else {
                result.addAll(designated);
            }
        }
        return result;
    }

    /**
     * The notice's units plus the units a coordinator added by hand ({@code handAdded}, see {@link HandAdditions})
     * that the notice does not name, in their current role: a re-import does not undo a hand addition.
     */
    List<ResolvedUnit> keepingHandAdditions(List<ResolvedUnit> fromNotice, java.util.Set<Long> handAdded) {
        List<ResolvedUnit> result = new ArrayList<>(fromNotice);
        responsibilities.stream()
                .filter(r -> r.getUnitId() != null && handAdded.contains(r.getUnitId()))
                .filter(r -> result.stream().noneMatch(u -> Objects.equals(u.unitId(), r.getUnitId())))
                .forEach(r -> result.add(new ResolvedUnit(r.getUnitId(), r.getWrittenName(), r.getViaTerm(), r.isLead(),
                        false)));
        return result;
    }

    /** What would change if the notice's version of this task replaced the current one (nothing is changed). */
    List<String> differences(TaskContent content, List<ResolvedUnit> units) {
        List<String> changes = new ArrayList<>();
        compare(changes, "title", title, content.title());
        compare(changes, "body", body, content.body());
        compare(changes, "due", dueText, content.dueText());
        compare(changes, "units", summary(responsibilities.stream()
                .map(r -> new ResolvedUnit(r.getUnitId(), r.getWrittenName(), r.getViaTerm(), r.isLead(),
                        r.isToDesignate())).toList()), summary(units));
        if (withdrawn) {
            changes.add("restored");
        }
        return changes;
    }

    /** Takes the task as the notice now states it and returns what changed. */
    List<String> applyNotice(Section section, int number, TaskContent content, List<ResolvedUnit> units) {
        List<String> changes = differences(content, units);
        this.section = section;
        this.number = number;
        this.label = content.label();
        this.title = content.title();
        this.body = content.body();
        this.dueDate = content.dueDate();
        this.dueText = content.dueText();
        this.sourceLine = content.sourceLine();
        this.withdrawn = false;
        reconcile(units);
        return changes;
    }

    /**
     * Brings the responsibilities in line with {@code units}, keeping the row of every unit that stays (so
     * whatever refers to it survives a re-import) and removing only units no longer named.
     */
    private void reconcile(List<ResolvedUnit> units) {
        Map<Object, Responsibility> current = new HashMap<>();
        responsibilities.forEach(r -> current.put(key(r.getUnitId(), r.getViaTerm()), r));
        List<Responsibility> next = new ArrayList<>();
        int position = 0;
        for (ResolvedUnit unit : units) {
            Responsibility kept = current.remove(key(unit.unitId(), unit.viaTerm()));
            if (kept == null) {
                kept = new Responsibility(this, unit, position);
            } else {
                kept.update(unit, position);
            }
            next.add(kept);
            position++;
        }
        responsibilities.retainAll(next);
        next.stream().filter(r -> !responsibilities.contains(r)).forEach(responsibilities::add);
    }

    private static Object key(Long unitId, String viaTerm) {
        return unitId != null ? unitId : "term:" + viaTerm;
    }

    /** The responsible units as they stand, in order. */
    List<ResolvedUnit> units() {
        return responsibilities.stream().map(r -> new ResolvedUnit(r.getUnitId(), r.getWrittenName(), r.getViaTerm(),
                r.isLead(), r.isToDesignate())).toList();
    }

    /** A coordinator's edit of the responsible units; returns what changed ("units: before → after"). */
    String changeUnits(List<ResolvedUnit> next) {
        String before = summary(units());
        reconcile(next);
        return "units: " + before + " → " + summary(next);
    }

    /** A coordinator's new deadline; returns what changed, or {@code null} if nothing did. */
    String reschedule(LocalDate date, String text) {
        if (Objects.equals(dueDate, date) && Objects.equals(dueText, text)) {
            return null;
        }
        String change = "due: " + dueText + " → " + text;
        this.dueDate = date;
        this.dueText = text;
        return change;
    }

    /** The task is no longer in the re-imported notice: kept (with its history) but marked withdrawn. */
    boolean withdraw() {
        if (withdrawn) {
            return false;
        }
        withdrawn = true;
        return true;
    }

    private static void compare(List<String> changes, String field, String before, String after) {
        if (before != null && !Objects.equals(before, after)) {
            changes.add(field + ": " + before + " → " + after);
        }
    }

    private static String summary(List<ResolvedUnit> units) {
        return String.join("、", units.stream()
                .map(u -> (u.lead() ? "★" : "") + u.writtenName() + (u.unitId() == null ? "" : "#" + u.unitId()))
                .toList());
    }

    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public Section getSection() {
        return section;
    }

    public int getNumber() {
        return number;
    }

    public String getLabel() {
        return label;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getDueText() {
        return dueText;
    }

    public int getSourceLine() {
        return sourceLine;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public long getVersion() {
        return version;
    }

    public List<Responsibility> getResponsibilities() {
        return responsibilities;
    }
}
