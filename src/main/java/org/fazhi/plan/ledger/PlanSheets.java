package org.fazhi.plan.ledger;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.plan.PlanImported;
import org.fazhi.plan.ResponsibilitiesChanged;
import org.fazhi.platform.Changes;
import org.fazhi.platform.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link PlanSheet} of a plan with one query (sections, tasks and responsibilities joined; the notice
 * text and file bytes are not read) and keeps it until plans change ({@link Changes#PLAN}: a (re-)import, a
 * coordinator edit or round trip, {@link ResponsibilitiesChanged}) or units do ({@link Changes#ORGANIZATION}: a unit
 * renamed or merged, names shown) — on this instance or another one on the same database. The versions move again
 * after the change commits, and a sheet read while a change was under way is not kept.
 */
@Component
public class PlanSheets {

    /** A sheet and the versions of plans and units it was read under. */
    private record Entry(long plans, long units, PlanSheet sheet) {
    }

    private final JdbcClient jdbc;
    private final UnitDirectory directory;
    private final Changes changes;
    private final Map<Long, Entry> cache = new ConcurrentHashMap<>();

    PlanSheets(JdbcClient jdbc, UnitDirectory directory, Changes changes) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.changes = changes;
    }

    /** The plan's sheet, from the cache or read now; unknown plan → not found. */
    public PlanSheet of(long planId) {
        // versions taken before reading: a sheet read while a change was under way is outdated at once
        long plans = changes.version(Changes.PLAN);
        long units = changes.version(Changes.ORGANIZATION);
        Entry cached = cache.get(planId);
        if (cached != null && cached.plans() == plans && cached.units() == units) {
            return cached.sheet();
        }
        PlanSheet sheet = read(planId);
        cache.put(planId, new Entry(plans, units, sheet));
        return sheet;
    }

    /**
     * The plans, by id, with a current (not withdrawn) task for which {@code unitId} is lead or partner — one
     * query on the responsibilities' unit index, so it costs what the unit has, not what the tables hold.
     */
    public List<Long> plansOfUnit(long unitId) {
        return jdbc.sql("""
                SELECT DISTINCT t.plan_id FROM plan_responsibility r JOIN plan_task t ON t.id = r.task_id
                WHERE r.unit_id = ? AND NOT t.withdrawn ORDER BY t.plan_id""").param(unitId).query(Long.class).list();
    }

    /**
     * A plan was (re-)imported: {@link Changes#PLAN} moves inside the importing transaction, so the sheets (and
     * whatever else follows plans, here and on the other instances) are read again once it commits.
     */
    @EventListener
    void on(PlanImported event) {
        changes.changed(Changes.PLAN);
    }

    /** A coordinator edit, round trip or merge moved responsibilities: as for an import. */
    @EventListener
    void on(ResponsibilitiesChanged event) {
        changes.changed(Changes.PLAN);
    }

    private PlanSheet read(long planId) {
        PlanSheet header = jdbc.sql("SELECT id, title, doc_number, issuer, issued_on FROM plan_plan WHERE id = ?")
                .param(planId)
                .query((rs, n) -> new PlanSheet(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        date(rs.getDate(5)), List.of(), 0))
                .optional().orElseThrow(() -> new NotFoundException("error.notFound"));
        Map<Long, PartDraft> parts = new LinkedHashMap<>();
        Map<Long, RowDraft> rows = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT s.id, s.number, s.heading, t.id, t.number, t.label, t.title, t.body, t.due_text, t.due_date,
                       t.withdrawn, r.unit_id, r.written_name, r.via_term, r.lead, r.to_designate
                FROM plan_section s
                LEFT JOIN plan_task t ON t.section_id = s.id
                LEFT JOIN plan_responsibility r ON r.task_id = t.id
                WHERE s.plan_id = ?
                ORDER BY s.number, t.number, r.position, r.id""").param(planId).query(rs -> {
            PartDraft part = parts.get(rs.getLong(1));
            if (part == null) {
                part = new PartDraft(rs.getLong(1), rs.getInt(2), rs.getString(3));
                parts.put(part.id, part);
            }
            long taskId = rs.getLong(4);
            if (rs.wasNull()) {
                return;
            }
            RowDraft row = rows.get(taskId);
            if (row == null) {
                row = new RowDraft(taskId, rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), date(rs.getDate(10)), rs.getBoolean(11));
                rows.put(taskId, row);
                part.rows.add(row);
            }
            String written = rs.getString(13);
            if (written == null) {
                return;
            }
            long unitId = rs.getLong(12);
            boolean unknown = rs.wasNull();
            row.add(unknown ? null : unitId, written, rs.getString(14), rs.getBoolean(15), rs.getBoolean(16));
        });
        List<PlanSheet.Part> built = new ArrayList<>();
        parts.values().forEach(p -> built.add(new PlanSheet.Part(p.id, p.number, p.heading,
                p.rows.stream().map(r -> r.build(directory)).toList())));
        return new PlanSheet(header.planId(), header.title(), header.docNumber(), header.issuer(), header.issuedOn(),
                built, rows.size());
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static final class PartDraft {
        final long id;
        final int number;
        final String heading;
        final List<RowDraft> rows = new ArrayList<>();

        PartDraft(long id, int number, String heading) {
            this.id = id;
            this.number = number;
            this.heading = heading;
        }
    }

    /** A task while its responsibility rows are read. */
    private static final class RowDraft {
        final long id;
        final int number;
        final String label;
        final String title;
        final String body;
        final String dueText;
        final LocalDate dueDate;
        final boolean withdrawn;
        final List<Long> leads = new ArrayList<>();
        final Map<String, List<Long>> partners = new LinkedHashMap<>();
        final List<String> toDesignate = new ArrayList<>();

        RowDraft(long id, int number, String label, String title, String body, String dueText, LocalDate dueDate,
                 boolean withdrawn) {
            this.id = id;
            this.number = number;
            this.label = label;
            this.title = title;
            this.body = body;
            this.dueText = dueText;
            this.dueDate = dueDate;
            this.withdrawn = withdrawn;
        }

        void add(Long unitId, String written, String viaTerm, boolean lead, boolean designate) {
            if (designate || unitId == null) {
                toDesignate.add(written);
            } else if (lead) {
                leads.add(unitId);
            } else {
                // a unit named on its own gets a group of its own, keyed so that it never meets a term
                partners.computeIfAbsent(viaTerm == null ? "\u0000" + unitId : viaTerm, k -> new ArrayList<>())
                        .add(unitId);
            }
        }

        PlanSheet.Row build(UnitDirectory directory) {
            List<PlanSheet.Unit> leadUnits = leads.stream().map(id -> unit(directory, id)).toList();
            List<PlanSheet.Group> groups = new ArrayList<>();
            List<Long> ids = new ArrayList<>(leads);
            partners.forEach((key, unitIds) -> {
                List<PlanSheet.Unit> units = unitIds.stream().map(id -> unit(directory, id)).toList();
                groups.add(new PlanSheet.Group(key.startsWith("\u0000") ? null : key, units,
                        String.join("、", units.stream().map(PlanSheet.Unit::name).toList())));
                ids.addAll(unitIds);
            });
            return new PlanSheet.Row(id, number, label, title, body, dueText, dueDate, withdrawn, leadUnits, groups,
                    toDesignate, ids);
        }

        private static PlanSheet.Unit unit(UnitDirectory directory, long id) {
            return new PlanSheet.Unit(id, directory.displayName(id));
        }
    }
}
