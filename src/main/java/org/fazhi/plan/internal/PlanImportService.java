package org.fazhi.plan.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.plan.PlanImported;
import org.fazhi.plan.PlanProperties;
import org.fazhi.plan.ingest.NoticeParser;
import org.fazhi.plan.ingest.NoticeText;
import org.fazhi.plan.ingest.ParseResult;
import org.fazhi.plan.ingest.ParsedNotice;
import org.fazhi.plan.ingest.ParsedSection;
import org.fazhi.plan.ingest.ParsedTask;
import org.fazhi.plan.ingest.Refusal;
import org.fazhi.platform.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a notice as a plan. {@link #preview} shows what a save would do and changes nothing;
 * {@link #save} does it in one transaction — plan, sections, tasks, responsibilities and history — or
 * nothing at all. A notice whose 文号 is already imported updates that plan (tasks matched by number and
 * title; tasks no longer in the notice are kept as withdrawn, never deleted).
 */
@Service
public class PlanImportService {

    private final Plans plans;
    private final Sections sections;
    private final Tasks tasks;
    private final TaskChanges changes;
    private final UnitDirectory directory;
    private final ApplicationEventPublisher events;
    private final NoticeParser parser;

    PlanImportService(Plans plans, Sections sections, Tasks tasks, TaskChanges changes, UnitDirectory directory,
                      ApplicationEventPublisher events, PlanProperties properties) {
        this.plans = plans;
        this.sections = sections;
        this.tasks = tasks;
        this.changes = changes;
        this.directory = directory;
        this.events = events;
        this.parser = new NoticeParser(properties.maxNoticeSize().toBytes());
    }

    /** The largest notice accepted, in bytes. */
    public long maxNoticeBytes() {
        return parser.maxBytes();
    }

    /** The preview of an upload refused for its size alone, without reading it. */
    public ImportPreview tooLarge(long size) {
        return ImportPreview.refused(parser.tooLarge(size));
    }

    /** Parses the notice and resolves its units against the registry, without saving anything. */
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] content, String fileName, Map<String, Long> mappings) {
        return analyse(content, fileName, mappings, true);
    }

    /** Parses and resolves; the per-task changes of a re-import are only worked out for the preview page. */
    private ImportPreview analyse(byte[] content, String fileName, Map<String, Long> mappings, boolean withChanges) {
        ParseResult result = parser.parse(content, fileName);
        if (result instanceof Refusal refusal) {
            return ImportPreview.refused(refusal);
        }
        ParsedNotice notice = (ParsedNotice) result;
        UnitResolver resolver = new UnitResolver(directory);
        List<ImportPreview.TaskPreview> previews = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (ParsedTask task : notice.allTasks()) {
            UnitResolver.Outcome outcome = resolver.resolve(task.responsibilities(), mappings);
            previews.add(new ImportPreview.TaskPreview(task, outcome.units(), outcome.unknown()));
            unknown.addAll(outcome.unknown());
        }
        Optional<Plan> existing = existingPlan(notice);
        List<ImportPreview.PlannedChange> planned = withChanges
                ? existing.map(p -> plannedChanges(p, previews)).orElse(List.of()) : List.of();
        return new ImportPreview(null, notice, previews, List.copyOf(unknown), existing.map(Plan::getId).orElse(null),
                planned);
    }

    /**
     * Saves the notice as a plan, all or nothing.
     *
     * @param mappings unknown written names the coordinator mapped to existing units
     * @return the saved plan's id
     * @throws DomainException when the notice is refused or a unit name is still unknown
     */
    @Transactional
    public long save(byte[] content, String fileName, Map<String, Long> mappings, String actor) {
        ImportPreview preview = analyse(content, fileName, mappings, false);
        if (preview.refused()) {
            throw new DomainException(preview.refusal().messageKey(), preview.refusal().args().toArray());
        }
        if (!preview.unknownNames().isEmpty()) {
            throw new DomainException("error.plan.import.unknownUnits", String.join("、", preview.unknownNames()));
        }
        ParsedNotice notice = preview.notice();
        boolean reimport = preview.existingPlanId() != null;
        Plan plan = reimport ? plans.findById(preview.existingPlanId()).orElseThrow() : new Plan(notice.docNumber());
        plan.describe(new NoticeSource(content, fileName, notice.format(), NoticeText.of(content, notice)),
                notice.title() == null ? notice.noticeTitle() == null ? "—" : notice.noticeTitle() : notice.title(),
                notice.noticeTitle(), notice.issuer(), notice.issuedOn(), notice.planYear(), notice.addressees(), actor);
        Plan owner = plans.save(plan);
        List<Task> saved = reimport ? tasks.findByPlanIdOrderByNumber(owner.getId()) : List.of();
        TaskMatcher matcher = new TaskMatcher(saved, notice.allTasks());
        List<TaskChange> history = new ArrayList<>();
        int index = 0;
        for (ParsedSection parsedSection : notice.sections()) {
            Section section = sections.save(owner.section(parsedSection.number(), parsedSection.heading(),
                    parsedSection.intro(), parsedSection.sourceLine()));
            for (ParsedTask parsedTask : parsedSection.tasks()) {
                ImportPreview.TaskPreview tp = preview.tasks().get(index++);
                Optional<Task> existing = matcher.existingFor(parsedTask);
                Task task = existing.orElseGet(() -> new Task(owner, parsedTask.number()));
                List<String> diff = task.applyNotice(section, parsedTask.number(), TaskContent.of(parsedTask),
                        keepingEdits(task, tp.units()));
                task = tasks.save(task);
                if (existing.isEmpty()) {
                    history.add(new TaskChange(task.getId(), actor, TaskChange.Kind.IMPORTED,
                            java.util.Objects.toString(notice.docNumber(), ""), null));
                } else if (!diff.isEmpty()) {
                    history.add(new TaskChange(task.getId(), actor, TaskChange.Kind.REIMPORTED, String.join("\n", diff),
                            null));
                }
            }
        }
        for (Task gone : matcher.leftOver()) {
            if (gone.withdraw()) {
                history.add(new TaskChange(gone.getId(), actor, TaskChange.Kind.WITHDRAWN, gone.getTitle(), null));
            }
        }
        changes.saveAll(history);
        events.publishEvent(new PlanImported(owner.getId(), owner.getDocNumber(), reimport));
        return owner.getId();
    }

    /** The notice's units with the coordinator's designations and hand additions kept. */
    private List<ResolvedUnit> keepingEdits(Task task, List<ResolvedUnit> fromNotice) {
        List<ResolvedUnit> units = task.keepingDesignations(fromNotice);
        return task.getId() == null ? units
                : task.keepingHandAdditions(units, HandAdditions.of(changes.findByTaskIdOrderByOccurredAtAscIdAsc(task.getId())));
    }

    private Optional<Plan> existingPlan(ParsedNotice notice) {
        return notice.docNumber() == null ? Optional.empty() : plans.findByDocNumber(notice.docNumber());
    }

    private List<ImportPreview.PlannedChange> plannedChanges(Plan plan, List<ImportPreview.TaskPreview> previews) {
        List<Task> saved = tasks.findByPlanIdOrderByNumber(plan.getId());
        TaskMatcher matcher = new TaskMatcher(saved, previews.stream().map(ImportPreview.TaskPreview::task).toList());
        List<ImportPreview.PlannedChange> planned = new ArrayList<>();
        for (ImportPreview.TaskPreview tp : previews) {
            ParsedTask p = tp.task();
            planned.add(matcher.existingFor(p).map(t -> {
                List<String> diff = t.differences(TaskContent.of(p), keepingEdits(t, tp.units()));
                return new ImportPreview.PlannedChange(p.number(), p.title(), diff.isEmpty()
                        ? ImportPreview.PlannedChange.Kind.UNCHANGED : ImportPreview.PlannedChange.Kind.CHANGED, diff);
            }).orElse(new ImportPreview.PlannedChange(p.number(), p.title(), ImportPreview.PlannedChange.Kind.NEW,
                    List.of())));
        }
        matcher.leftOver().stream().filter(t -> !t.isWithdrawn()).forEach(t -> planned.add(
                new ImportPreview.PlannedChange(t.getNumber(), t.getTitle(), ImportPreview.PlannedChange.Kind.WITHDRAWN,
                        List.of())));
        return planned;
    }
}
