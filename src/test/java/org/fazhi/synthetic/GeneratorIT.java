package org.fazhi.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.Role;
import org.fazhi.organization.NameResolution;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitView;
import org.fazhi.plan.PlanDirectory;
import org.fazhi.plan.PlanSummary;
import org.fazhi.plan.TaskResponsibility;
import org.fazhi.plan.TrafficLight;
import org.fazhi.progress.AssignmentStatus;
import org.fazhi.progress.ProgressDirectory;
import org.fazhi.progress.ReportState;
import org.fazhi.progress.internal.ProgressQueries;
import org.fazhi.progress.internal.ReportDecision;
import org.fazhi.progress.internal.ReportRow;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A tiny run (two synthetic cities, one year, a seed of its own) read back through the modules' own APIs:
 * units and their names, plans, tasks, responsibilities, assignments with lights, report versions and their
 * decisions; a second run of the same data is refused and writes nothing; the sequences moved past the ids.
 */
@IntegrationTest
class GeneratorIT {

    private static final CurrentUser OFFICE = new CurrentUser(0, "coordinator", "office", null, Set.of(Role.COORDINATOR));

    @Autowired
    SyntheticData generator;
    @Autowired
    PlanDirectory plans;
    @Autowired
    ProgressDirectory progress;
    @Autowired
    ProgressQueries queries;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTinyRunReadsBackThroughTheApplication() {
        long seed = ThreadLocalRandom.current().nextLong(1, 1_000_000_000L);
        String city = "合成" + seed + "甲";
        SyntheticData.Result result = generator.generate(Scale.TINY, seed, 1);
        Map<String, Long> rows = result.tables().stream().collect(Collectors.toMap(TableCount::table, TableCount::rows));
        assertThat(rows).containsEntry("org_unit", 82L).containsEntry("org_unit_name", 82L)
                .containsEntry("plan_plan", 2L).containsEntry("plan_section", 14L).containsEntry("plan_task", 48L)
                .containsEntry("progress_plan_setting", 2L);
        assertThat(rows.get("progress_report")).isGreaterThan(rows.get("progress_assignment") * 3);
        assertThat(rows.get("progress_decision")).isGreaterThan(rows.get("progress_report"));

        int year = result.years().get(0);
        PlanSummary plan = plans.plans().stream().filter(p -> (city + "府办函〔" + year + "〕36号").equals(p.docNumber()))
                .findFirst().orElseThrow();
        assertThat(plan.year()).isEqualTo(year);
        assertThat(plan.title()).contains(city).contains(year + "年").doesNotContain("遂宁");
        assertThat(plans.tasks(plan.id())).hasSize(24);

        List<TaskResponsibility> responsibilities = plans.responsibilities(plan.id());
        assertThat(responsibilities).isNotEmpty();
        for (TaskResponsibility r : responsibilities) {
            UnitView unit = units.find(r.unitId()).orElseThrow();
            assertThat(unit.fullName()).contains(city);
            assertThat(unit.kind()).isEqualTo(UnitKind.OTHER);
        }
        UnitView justice = units.find(responsibilities.get(0).unitId()).orElseThrow();
        assertThat(units.resolve(justice.fullName())).isInstanceOf(NameResolution.Resolved.class);

        List<AssignmentStatus> assignments = progress.ofPlan(plan.id());
        assertThat(assignments).hasSize(responsibilities.size());
        assertThat(assignments).extracting(AssignmentStatus::light).contains(TrafficLight.RED, TrafficLight.GREEN);
        assertThat(progress.ofUnit(justice.id())).isNotEmpty();

        Long returnedTwice = jdbc.queryForObject("""
                select r.assignment_id from progress_report r join progress_assignment a on a.id = r.assignment_id
                where a.plan_id = ? and r.version_no = 2 order by r.id limit 1""", Long.class, plan.id());
        List<ReportRow> versions = queries.versions(returnedTwice);
        ReportRow first = versions.stream().filter(v -> v.versionNo() == 1 && versions.stream()
                .anyMatch(w -> w.versionNo() == 2 && w.periodKey().equals(v.periodKey()))).findFirst().orElseThrow();
        assertThat(first.state()).isEqualTo(ReportState.RETURNED);
        assertThat(queries.decisions(List.of(first.id())).get(first.id())).extracting(ReportDecision::kind)
                .containsExactly("SUBMITTED", "RETURNED");
        assertThat(queries.one(OFFICE, returnedTwice).periods()).isNotEmpty();

        long plansBefore = plans.plans().size();
        assertThatThrownBy(() -> generator.generate(Scale.TINY, seed, 1)).isInstanceOf(SyntheticData.Refused.class)
                .hasMessageContaining(city);
        assertThat(plans.plans()).hasSize((int) plansBefore);

        long maxReport = jdbc.queryForObject("select max(id) from progress_report", Long.class);
        assertThat(jdbc.queryForObject("select nextval(pg_get_serial_sequence('progress_report', 'id'))", Long.class))
                .isGreaterThan(maxReport);
        long maxUnit = jdbc.queryForObject("select max(id) from org_unit", Long.class);
        assertThat(jdbc.queryForObject("select nextval(pg_get_serial_sequence('org_unit', 'id'))", Long.class))
                .isGreaterThan(maxUnit);
    }
}
