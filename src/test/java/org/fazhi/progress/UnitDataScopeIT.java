package org.fazhi.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.Role;
import org.fazhi.plan.ledger.LedgerBuilder;
import org.fazhi.progress.internal.PlanSettings;
import org.fazhi.progress.internal.ProgressQueries;
import org.fazhi.progress.internal.ReportRow;
import org.fazhi.progress.internal.Reporting;
import org.fazhi.progress.internal.SignFor;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reads across units (issue #15, finding 3): on one task shared by 船山区 (lead) and 市发展改革委, each unit's accepted
 * report carries unique markers (进展情况, 下一步, 滞后原因, an evidence file's name). A unit's liaison or leader finds
 * his own unit's text and never the other unit's on any path — task page, 本单位任务, progress pages, every ledger
 * export (CSV, XLSX cell text, Word text) and the API; the other unit appears as a light only. The office and city
 * leaders still read both; an administrator reads no report, whatever unit his account names. The task page and the
 * unit's own exports failed this before (they showed the other unit's accepted text).
 */
@IntegrationTest
class UnitDataScopeIT {

    private static final String XLSX = "xlsx";
    private static final String DOCX = "docx";
    private static final String CSV = "csv";

    @Autowired
    ProgressFixtures fixtures;
    @Autowired
    SignFor signFor;
    @Autowired
    Reporting reporting;
    @Autowired
    PlanSettings settings;
    @Autowired
    ProgressQueries queries;
    @Autowired
    LedgerBuilder ledger;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.fazhi.attachment.Attachments attachments;

    /** The shared task with both units' accepted reports and the markers of each. */
    record Shared(long plan, long task, long unitA, long unitB, long a, long b, ReportRow reportB, long fileB,
                  List<String> markersA, List<String> markersB) {
    }

    private Shared shared() {
        long plan = fixtures.plan2026();
        settings.change(fixtures.user("coordinator"), new PlanSettings.Setting(plan, Frequency.QUARTERLY, 5, false));
        long a = fixtures.assignment(plan, ProgressFixtures.CHUANSHAN).assignment().id();
        long b = fixtures.assignment(plan, ProgressFixtures.FGW).assignment().id();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> markersA = List.of("CS-DONE-" + tag, "CS-NEXT-" + tag, "CS-LATE-" + tag);
        List<String> markersB = List.of("FGW-DONE-" + tag, "FGW-NEXT-" + tag, "FGW-LATE-" + tag, "FGW-FILE-" + tag);
        accepted("liaison", a, markersA, null);
        ReportRow reportB = accepted("liaison-fgw", b, markersB, markersB.get(3) + ".pdf");
        long fileB = attachments.of(reportB.evidenceOwner()).get(0).id();
        return new Shared(plan, fixtures.assignment(plan, ProgressFixtures.CHUANSHAN).task().id(),
                fixtures.unit(ProgressFixtures.CHUANSHAN), fixtures.unit(ProgressFixtures.FGW), a, b, reportB, fileB,
                markersA, markersB);
    }

    private ReportRow accepted(String liaison, long assignment, List<String> markers, String fileName) {
        signFor.sign(fixtures.user(liaison), assignment);
        List<Reporting.Upload> files = fileName == null ? List.of()
                : List.of(new Reporting.Upload(fileName, new ByteArrayResource(ProgressFixtures.pdf())));
        ReportRow report = reporting.save(fixtures.user(liaison), new Reporting.Draft(assignment, "2026-Q1",
                ReportStatus.LATE, markers.get(2), markers.get(0), markers.get(1), 30, true, null, null, files));
        reporting.review(fixtures.user("coordinator"), report.id(), report.version(), true, null);
        return queries.report(fixtures.user("coordinator"), report.id());
    }

    private MockHttpServletResponse read(String url, String account) throws Exception {
        return mvc.perform(get(url).with(fixtures.as(account))).andReturn().getResponse();
    }

    /** The text a reader finds at {@code url}: the page or JSON as is, a file's cell or paragraph text. */
    private String text(String url, String account) throws Exception {
        MockHttpServletResponse response = read(url, account);
        assertThat(response.getStatus()).as(url + " as " + account).isEqualTo(200);
        byte[] body = response.getContentAsByteArray();
        if (url.contains("ledger." + XLSX)) {
            List<String> cells = new ArrayList<>();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
                for (Row row : workbook.getSheetAt(0)) {
                    for (Cell cell : row) {
                        cells.add(cell.toString());
                    }
                }
            }
            return String.join("\n", cells);
        }
        if (url.contains("ledger." + DOCX)) {
            try (XWPFWordExtractor words = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(body)))) {
                return words.getText();
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private static List<String> exports(long plan, String query) {
        return List.of(XLSX, DOCX, CSV).stream().map(f -> "/plans/" + plan + "/ledger." + f + query).toList();
    }

    @Test
    void aUnitReadsItsOwnReportTextsOnEveryPathAndNeverTheOtherUnitsOnTheSameTask() throws Exception {
        Shared s = shared();
        List<String> withOwnText = new ArrayList<>(List.of("/plans/tasks/" + s.task(), "/units/" + s.unitA() + "/tasks",
                "/my-unit", "/progress/assignments/" + s.a(), "/api/progress/assignments/" + s.a(),
                "/api/progress/assignments/" + s.a() + "/reports", "/api/progress/units/" + s.unitA() + "/assignments"));
        withOwnText.addAll(exports(s.plan(), "?unit=" + s.unitA()));
        List<String> withoutText = List.of("/progress/units/" + s.unitA(), "/progress/units/" + s.unitA() + "/report");
        for (String account : List.of("liaison", "leader")) {
            for (String url : withOwnText) {
                String text = text(url, account);
                assertThat(text).as(url + " as " + account).contains(s.markersA().get(0));
                assertThat(text).as(url + " as " + account).doesNotContain(s.markersB());
            }
            for (String url : withoutText) {
                assertThat(text(url, account)).as(url + " as " + account).doesNotContain(s.markersB());
            }
        }
    }

    @Test
    void theOtherUnitOnTheTaskPageAndInTheUnitsExportIsALightWithoutText() throws Exception {
        Shared s = shared();
        String page = text("/plans/tasks/" + s.task(), "liaison");
        assertThat(page.split("class=\"light light-", -1)).as("a light for each of the two units").hasSize(3);
        List<org.fazhi.plan.ledger.Ledger.Progress> marks = ledger.build(s.plan(), s.unitA(), fixtures.user("liaison"))
                .parts().stream().flatMap(p -> p.items().stream()).filter(i -> i.taskId() == s.task())
                .flatMap(i -> i.allProgress().stream()).toList();
        assertThat(marks).extracting(org.fazhi.plan.ledger.Ledger.Progress::unit)
                .containsExactlyInAnyOrder("船山区", ProgressFixtures.FGW);
        assertThat(marks).filteredOn(p -> p.unit().equals(ProgressFixtures.FGW)).singleElement().satisfies(p -> {
            assertThat(p.mark().light()).isNotNull();
            assertThat(p.mark().statusKey()).isNull();
            assertThat(p.mark().progressText()).isNull();
        });
        assertThat(marks).filteredOn(p -> p.unit().equals("船山区")).singleElement()
                .satisfies(p -> assertThat(p.mark().progressText()).isEqualTo(s.markersA().get(0)));
    }

    @Test
    void theOtherUnitsAssignmentReportsEvidenceAndKeptPageAreRefusedAndTheWholePlanIsNotAUnitsToExport() throws Exception {
        Shared s = shared();
        for (String keeper : List.of("liaison-fgw", "coordinator")) {
            assertThat(read("/progress/units/" + s.unitB(), keeper).getStatus()).as("kept for " + keeper).isEqualTo(200);
        }
        for (String account : List.of("liaison", "leader")) {
            for (String url : List.of("/progress/assignments/" + s.b(), "/progress/units/" + s.unitB(),
                    "/progress/files/" + s.fileB(), "/api/progress/assignments/" + s.b(),
                    "/api/progress/assignments/" + s.b() + "/reports", "/api/progress/reports/" + s.reportB().id(),
                    "/api/progress/units/" + s.unitB() + "/assignments", "/units/" + s.unitB() + "/tasks",
                    "/plans/" + s.plan(), "/progress/plans/" + s.plan(), "/plans/" + s.plan() + "/ledger/upload")) {
                MockHttpServletResponse response = read(url, account);
                assertThat(response.getStatus()).as(url + " as " + account).isIn(403, 404);
                assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(s.markersB());
            }
            for (String url : exports(s.plan(), "")) {
                assertThat(read(url, account).getStatus()).as(url + " as " + account).isEqualTo(403);
            }
            for (String url : exports(s.plan(), "?unit=" + s.unitB())) {
                assertThat(read(url, account).getStatus()).as(url + " as " + account).isEqualTo(404);
            }
        }
    }

    @Test
    void theOtherUnitReadsItsOwnTextAndNotTheFirstUnits() throws Exception {
        Shared s = shared();
        for (String url : List.of("/plans/tasks/" + s.task(), "/plans/" + s.plan() + "/ledger.csv?unit=" + s.unitB(),
                "/plans/" + s.plan() + "/ledger.xlsx?unit=" + s.unitB(), "/progress/assignments/" + s.b())) {
            String text = text(url, "liaison-fgw");
            assertThat(text).as(url).contains(s.markersB().get(0)).doesNotContain(s.markersA());
        }
    }

    @Test
    void theOfficeAndCityLeadersStillReadBothUnitsEverywhere() throws Exception {
        Shared s = shared();
        List<String> urls = new ArrayList<>(List.of("/plans/tasks/" + s.task(), "/plans/" + s.plan()));
        urls.addAll(exports(s.plan(), ""));
        urls.addAll(exports(s.plan(), "?unit=" + s.unitA()));
        for (String account : List.of("coordinator", "cityleader")) {
            for (String url : urls) {
                String text = text(url, account);
                if (url.equals("/plans/" + s.plan())) {
                    continue; // the plan page shows lights only, for every reader
                }
                assertThat(text).as(url + " as " + account).contains(s.markersA().get(0), s.markersB().get(0));
            }
            assertThat(text("/progress/assignments/" + s.b(), account)).contains(s.markersB().get(0),
                    s.markersB().get(3));
        }
        assertThat(text("/api/progress/assignments/" + s.b() + "/reports", "coordinator"))
                .contains(s.markersB().get(0), s.markersB().get(1), s.markersB().get(2));
    }

    @Test
    void anAdministratorReadsNoReportEvenWithAUnitOnHisAccount() {
        Shared s = shared();
        for (Role role : List.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
            CurrentUser admin = new CurrentUser(900_000L, "admin-with-unit", "admin", s.unitA(), Set.of(role));
            assertThatThrownBy(() -> queries.one(admin, s.a())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> queries.ofUnit(admin, s.unitA())).isInstanceOf(AccessDeniedException.class);
            assertThat(queries.ofPlan(admin, s.plan())).isEmpty();
            assertThat(ledger.marks(s.plan(), admin).isEmpty()).isTrue();
            assertThat(ledger.build(s.plan(), s.unitA(), admin).parts()).flatExtracting(p -> p.items())
                    .allSatisfy(i -> assertThat(i.allProgress()).isEmpty());
        }
    }
}
