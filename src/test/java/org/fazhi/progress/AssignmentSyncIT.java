package org.fazhi.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.Role;
import org.fazhi.identity.TestAuth;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitRegistration;
import org.fazhi.organization.internal.UnitRegistry;
import org.fazhi.plan.PlanDirectory;
import org.fazhi.plan.TaskSummary;
import org.fazhi.plan.internal.PlanImportService;
import org.fazhi.plan.internal.TaskEditing;
import org.fazhi.progress.internal.AssignmentView;
import org.fazhi.progress.internal.ProgressQueries;
import org.fazhi.progress.internal.Reporting;
import org.fazhi.progress.internal.SignFor;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Notices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Assignments follow coordinator edits and unit merges without losing a report already made. */
@IntegrationTest
class AssignmentSyncIT {

    @Autowired
    UnitRegistration registration;
    @Autowired
    UnitRegistry registry;
    @Autowired
    PlanImportService imports;
    @Autowired
    PlanDirectory plans;
    @Autowired
    TaskEditing editing;
    @Autowired
    ProgressQueries queries;
    @Autowired
    SignFor signFor;
    @Autowired
    Reporting reporting;

    private static final CurrentUser OFFICE = new CurrentUser(0, "coordinator", "office", null, Set.of(Role.COORDINATOR));

    private static CurrentUser liaisonOf(long unit) {
        return new CurrentUser(0, "liaison-" + unit, "liaison", unit, Set.of(Role.UNIT_LIAISON));
    }

    private static String name() {
        return "市试点" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "局";
    }

    private List<AssignmentView> of(long taskId) {
        return queries.ofTask(OFFICE, taskId);
    }

    @Test
    void aMergedUnitsAssignmentsPassToTheSurvivorWithTheirReportsOrRetireWhereTheSurvivorHasOne() {
        String a = name();
        String b = name();
        long unitA = registration.register(UnitKind.OTHER, a).id();
        long unitB = registration.register(UnitKind.OTHER, b).id();
        String text = Notices.notice(Notices.docNumber(),
                "任务甲。(责任单位:" + b + ";完成时限:2026年12月31日前)",
                "任务乙。(牵头单位:" + a + ";责任单位:" + b + ";完成时限:2026年12月31日前)").replace("2030", "2026");
        long plan = imports.save(text.getBytes(StandardCharsets.UTF_8), "t.txt", Map.of(), "coordinator");
        List<TaskSummary> tasks = plans.tasks(plan);
        long onlyB = of(tasks.get(0).id()).get(0).assignment().id();
        long bOnShared = of(tasks.get(1).id()).stream().filter(v -> v.assignment().unitId() == unitB).findFirst()
                .orElseThrow().assignment().id();
        for (long id : List.of(onlyB, bOnShared)) {
            signFor.sign(liaisonOf(unitB), id);
            reporting.save(liaisonOf(unitB), new Reporting.Draft(id, "2026-Q1", ReportStatus.IN_PROGRESS, null, "已开展",
                    "", null, true, null, null, List.of()));
        }

        registry.merge(unitB, unitA);

        AssignmentView moved = queries.one(OFFICE, onlyB);
        assertThat(moved.assignment().unitId()).isEqualTo(unitA);
        assertThat(moved.assignment().active()).isTrue();
        assertThat(queries.versions(onlyB)).hasSize(1);
        AssignmentView retired = queries.one(OFFICE, bOnShared);
        assertThat(retired.assignment().active()).isFalse();
        assertThat(queries.versions(bOnShared)).as("kept on the retired assignment").hasSize(1);
        assertThat(of(tasks.get(1).id()).stream().filter(v -> v.assignment().active()))
                .extracting(v -> v.assignment().unitId()).containsExactly(unitA);
    }

    @Test
    void theCoordinatorAddingRemovingAndReAddingAUnitCreatesRetiresAndRevivesOneAssignment() {
        String a = name();
        String c = name();
        registration.register(UnitKind.OTHER, a);
        long unitC = registration.register(UnitKind.OTHER, c).id();
        String text = Notices.notice(Notices.docNumber(), "任务丙。(责任单位:" + a + ";完成时限:2026年12月31日前)")
                .replace("2030", "2026");
        long plan = imports.save(text.getBytes(StandardCharsets.UTF_8), "t.txt", Map.of(), "coordinator");
        long task = plans.tasks(plan).get(0).id();
        assertThat(of(task)).hasSize(1);

        TestAuth.runAs("coordinator", Role.COORDINATOR, () -> {
            editing.addUnit(new TaskEditing.Edit(task, version(task), "补充配合单位", "coordinator"), unitC, false);
            return null;
        });
        long added = of(task).stream().filter(v -> v.assignment().unitId() == unitC).findFirst().orElseThrow()
                .assignment().id();
        TestAuth.runAs("coordinator", Role.COORDINATOR, () -> {
            editing.removeUnit(new TaskEditing.Edit(task, version(task), "调整分工", "coordinator"), unitC);
            return null;
        });
        assertThat(queries.one(OFFICE, added).assignment().active()).isFalse();
        TestAuth.runAs("coordinator", Role.COORDINATOR, () -> {
            editing.addUnit(new TaskEditing.Edit(task, version(task), "恢复", "coordinator"), unitC, true);
            return null;
        });
        AssignmentView revived = queries.one(OFFICE, added);
        assertThat(revived.assignment().active()).isTrue();
        assertThat(revived.assignment().lead()).isTrue();
        assertThat(of(task)).hasSize(2);
    }

    @Autowired
    org.fazhi.progress.internal.AssignmentSync sync;

    @Test
    void aPlanImportedBeforeTheProgressModuleGetsItsAssignmentsAtStartUp() {
        String a = name();
        registration.register(UnitKind.OTHER, a);
        String text = Notices.notice(Notices.docNumber(), "任务丁。(责任单位:" + a + ";完成时限:2026年12月31日前)")
                .replace("2030", "2026");
        long plan = imports.save(text.getBytes(StandardCharsets.UTF_8), "t.txt", Map.of(), "coordinator");
        jdbc.update("delete from progress_assignment where plan_id = ?", plan);
        assertThat(queries.ofPlan(OFFICE, plan)).isEmpty();
        sync.backfill();
        assertThat(queries.ofPlan(OFFICE, plan)).hasSize(1);
        sync.backfill();
        assertThat(queries.ofPlan(OFFICE, plan)).as("running it again changes nothing").hasSize(1);
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private long version(long taskId) {
        return jdbc.queryForObject("select version from plan_task where id = ?", Long.class, taskId);
    }
}
