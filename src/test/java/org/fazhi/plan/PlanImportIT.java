package org.fazhi.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.fazhi.identity.Role;
import org.fazhi.identity.TestAuth;
import org.fazhi.organization.NameResolution;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitKind;
import org.fazhi.plan.internal.ImportPreview;
import org.fazhi.plan.internal.PlanImportService;
import org.fazhi.plan.internal.PlanQueries;
import org.fazhi.plan.internal.Plans;
import org.fazhi.plan.internal.TaskChange;
import org.fazhi.plan.internal.TaskEditing;
import org.fazhi.platform.DomainException;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Notices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The coordinator imports notices into plans on real PostgreSQL. */
@IntegrationTest
class PlanImportIT {

    @Autowired
    PlanImportService imports;
    @Autowired
    PlanQueries queries;
    @Autowired
    Plans plans;
    @Autowired
    UnitDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskEditing editing;

    @Test
    void demoPlanIsTheSeedWithAllTwentyFourTasksAndTheirUnits() {
        long id = plans.findByDocNumber("遂府办函〔2021〕35号").orElseThrow().getId();
        PlanQueries.PlanView view = queries.plan(id);
        assertThat(view.sections()).hasSize(7);
        assertThat(view.taskCount()).isEqualTo(24);
        PlanQueries.TaskView first = view.sections().get(0).tasks().get(0);
        // 各县(市、区)政府 and 市直各部门 expanded as the registry stood at import: every county government, and
        // the government office and departments of the 41-unit seed (other tests may register departments later)
        java.util.Set<Long> allowed = new java.util.HashSet<>();
        for (UnitKind kind : java.util.List.of(UnitKind.COUNTY_GOVERNMENT, UnitKind.MUNICIPAL_DEPARTMENT,
                UnitKind.GOVERNMENT_OFFICE)) {
            directory.byKind(kind).forEach(u -> allowed.add(u.id()));
        }
        java.util.List<Long> counties = directory.byKind(UnitKind.COUNTY_GOVERNMENT).stream().map(u -> u.id()).toList();
        assertThat(first.leads()).isEmpty();
        assertThat(first.partners()).hasSizeGreaterThanOrEqualTo(35)
                .allSatisfy(line -> assertThat(allowed).contains(line.unitId()))
                .extracting(PlanQueries.UnitLine::unitId).containsAll(counties).doesNotHaveDuplicates();
        PlanQueries.TaskView third = view.sections().get(0).tasks().get(2);
        assertThat(third.leads()).extracting(PlanQueries.UnitLine::name).containsExactly("市司法局");
        PlanQueries.TaskView second = view.sections().get(0).tasks().get(1);
        assertThat(second.leads()).extracting(PlanQueries.UnitLine::name).containsExactly("市司法局");
        assertThat(second.toDesignate()).extracting(PlanQueries.UnitLine::name).containsExactly("市直有关部门");
        assertThat(plans.findById(id).orElseThrow().getSourceChecksum()).hasSize(64);
    }

    @Test
    void reimportingTheSameNoticeChangesNothingAndDuplicatesNothing() {
        // a copy of the seed under its own 文号, imported just now, so units other tests register do not count
        byte[] copy = new String(Notices.seed(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("遂府办函〔2021〕35号", Notices.docNumber()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        imports.save(copy, "seed.txt", Map.of(), "coordinator");
        long before = plans.count();
        ImportPreview preview = imports.preview(copy, "seed.txt", Map.of());
        assertThat(preview.existingPlanId()).isNotNull();
        assertThat(preview.changes()).allMatch(c -> c.kind() == ImportPreview.PlannedChange.Kind.UNCHANGED);
        long id = imports.save(copy, "seed.txt", Map.of(), "coordinator");
        assertThat(id).isEqualTo(preview.existingPlanId());
        assertThat(plans.count()).isEqualTo(before);
        assertThat(queries.plan(id).taskCount()).isEqualTo(24);
    }

    @Test
    void reimportShowsAndRecordsWhatChangedAndKeepsRemovedTasksAsWithdrawn() {
        String doc = Notices.docNumber();
        String first = Notices.notice(doc, "健全依法决策机制。严格落实重大行政决策程序。(责任单位:市司法局)",
                "加强规范性文件管理。严格执行制发程序。(责任单位:市司法局、市政府办公室)");
        long id = imports.save(first.getBytes(StandardCharsets.UTF_8), "a.txt", Map.of(), "coordinator");
        String second = Notices.notice(doc, "健全依法决策机制。严格落实重大行政决策程序,全面推行目录化管理。(责任单位:市司法局、市审计局)");
        ImportPreview preview = imports.preview(second.getBytes(StandardCharsets.UTF_8), "b.txt", Map.of());
        assertThat(preview.changes()).extracting(ImportPreview.PlannedChange::kind)
                .containsExactly(ImportPreview.PlannedChange.Kind.CHANGED, ImportPreview.PlannedChange.Kind.WITHDRAWN);
        assertThat(imports.save(second.getBytes(StandardCharsets.UTF_8), "b.txt", Map.of(), "coordinator"))
                .isEqualTo(id);
        PlanQueries.PlanView view = queries.plan(id);
        List<PlanQueries.TaskView> tasks = view.sections().get(0).tasks();
        assertThat(tasks).hasSize(2);
        assertThat(tasks.get(1).task().isWithdrawn()).isTrue();
        assertThat(queries.history(tasks.get(0).task().getId())).extracting(TaskChange::getKind)
                .containsExactly(TaskChange.Kind.IMPORTED, TaskChange.Kind.REIMPORTED);
        assertThat(queries.history(tasks.get(0).task().getId()).get(1).getDetail()).contains("市审计局");
    }

    @Test
    void reimportKeepsTheUnitsTheCoordinatorDesignatedForRelevantDepartments() {
        String doc = Notices.docNumber();
        byte[] text = Notices.notice(doc, "加强政府合同管理。规范合同备案。(责任单位:市司法局、市直有关部门)")
                .getBytes(StandardCharsets.UTF_8);
        long id = imports.save(text, "e.txt", Map.of(), "coordinator");
        PlanQueries.TaskView task = queries.plan(id).sections().get(0).tasks().get(0);
        long audit = ((NameResolution.Resolved) directory.resolve("市审计局")).unitId();
        TestAuth.runAs("coordinator", Role.COORDINATOR, () -> {
            editing.designate(new TaskEditing.Edit(task.task().getId(), task.task().getVersion(), "指定审计局",
                    "coordinator"), "市直有关部门", List.of(audit));
            return null;
        });

        ImportPreview preview = imports.preview(text, "e.txt", Map.of());
        assertThat(preview.changes()).allMatch(c -> c.kind() == ImportPreview.PlannedChange.Kind.UNCHANGED);
        imports.save(text, "e.txt", Map.of(), "coordinator");
        PlanQueries.TaskView after = queries.plan(id).sections().get(0).tasks().get(0);
        assertThat(after.partners()).extracting(PlanQueries.UnitLine::unitId).contains(audit);
        assertThat(after.toDesignate()).isEmpty();
    }

    @Test
    void reimportKeepsAUnitTheCoordinatorAddedByHandButDropsOneTheNoticeNoLongerNames() {
        String doc = Notices.docNumber();
        byte[] first = Notices.notice(doc, "加强政府合同管理。规范合同备案。(责任单位:市司法局、市财政局)")
                .getBytes(StandardCharsets.UTF_8);
        long id = imports.save(first, "h.txt", Map.of(), "coordinator");
        PlanQueries.TaskView task = queries.plan(id).sections().get(0).tasks().get(0);
        long audit = ((NameResolution.Resolved) directory.resolve("市审计局")).unitId();
        long finance = ((NameResolution.Resolved) directory.resolve("市财政局")).unitId();
        TestAuth.runAs("coordinator", Role.COORDINATOR, () -> {
            editing.addUnit(new TaskEditing.Edit(task.task().getId(), task.task().getVersion(), "会议明确",
                    "coordinator"), audit, false);
            return null;
        });
        byte[] second = Notices.notice(doc, "加强政府合同管理。规范合同备案。(责任单位:市司法局)")
                .getBytes(StandardCharsets.UTF_8);
        imports.save(second, "h.txt", Map.of(), "coordinator");
        PlanQueries.TaskView after = queries.plan(id).sections().get(0).tasks().get(0);
        assertThat(after.partners()).extracting(PlanQueries.UnitLine::unitId).contains(audit).doesNotContain(finance);
    }

    @Test
    void unknownUnitBlocksTheSaveUntilTheCoordinatorMapsIt() {
        String doc = Notices.docNumber();
        byte[] text = Notices.notice(doc, "推进政务公开。提高依申请公开质量。(责任单位:市星际事务局、市司法局)")
                .getBytes(StandardCharsets.UTF_8);
        ImportPreview preview = imports.preview(text, "c.txt", Map.of());
        assertThat(preview.unknownNames()).containsExactly("市星际事务局");
        assertThat(preview.saveable()).isFalse();
        assertThatThrownBy(() -> imports.save(text, "c.txt", Map.of(), "coordinator"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.plan.import.unknownUnits");
        assertThat(plans.findByDocNumber(doc)).isEmpty();

        long audit = ((NameResolution.Resolved) directory.resolve("市审计局")).unitId();
        long id = imports.save(text, "c.txt", Map.of("市星际事务局", audit), "coordinator");
        assertThat(queries.plan(id).sections().get(0).tasks().get(0).leads())
                .extracting(PlanQueries.UnitLine::unitId).containsExactly(audit);
    }

    @Test
    void aFailureHalfWayThroughSavesNothing() {
        String doc = Notices.docNumber();
        byte[] text = Notices.notice(doc, "推进依法行政。加强执法监督。(责任单位:市司法局)",
                "数据库在此失败。这一项任务会在写入时失败。(责任单位:市司法局)").getBytes(StandardCharsets.UTF_8);
        String count = "select count(*) from plan_task where title = '推进依法行政'";
        long tasksBefore = jdbc.queryForObject(count, Long.class);
        jdbc.execute("CREATE OR REPLACE FUNCTION plan_test_fail() RETURNS trigger AS $$ BEGIN "
                + "IF NEW.title LIKE '数据库在此失败%' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$ "
                + "LANGUAGE plpgsql");
        jdbc.execute("CREATE TRIGGER plan_test_fail BEFORE INSERT ON plan_task FOR EACH ROW EXECUTE FUNCTION plan_test_fail()");
        try {
            assertThatThrownBy(() -> imports.save(text, "d.txt", Map.of(), "coordinator")).isNotNull();
        } finally {
            jdbc.execute("DROP TRIGGER plan_test_fail ON plan_task");
            jdbc.execute("DROP FUNCTION plan_test_fail()");
        }
        assertThat(plans.findByDocNumber(doc)).isEmpty();
        assertThat(jdbc.queryForObject(count, Long.class)).isEqualTo(tasksBefore);
    }

    @Test
    void refusedNoticeSavesNothing() {
        long before = plans.count();
        assertThatThrownBy(() -> imports.save(new byte[] {0, 1, 2, 3, 0, 0}, "x.bin", Map.of(), "coordinator"))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> imports.save("这里没有任何任务。".getBytes(StandardCharsets.UTF_8), "y.txt", Map.of(),
                "coordinator")).isInstanceOf(DomainException.class);
        assertThat(plans.count()).isEqualTo(before);
    }
}
