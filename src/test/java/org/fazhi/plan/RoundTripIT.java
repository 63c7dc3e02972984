package org.fazhi.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.plan.internal.PlanQueries;
import org.fazhi.plan.internal.Task;
import org.fazhi.plan.internal.TaskChange;
import org.fazhi.plan.internal.Tasks;
import org.fazhi.plan.ledger.RoundTrip;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Notices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Excel 回传: the exported ledger comes back with edits; exactly the edited cells apply, bad files apply nothing. */
@IntegrationTest
class RoundTripIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    LedgerFixtures fixtures;
    @Autowired
    Tasks tasks;
    @Autowired
    PlanQueries queries;

    private long freshPlan() {
        return fixtures.importPlan(Notices.docNumber(),
                "推进政务公开。提高质量。(责任单位:市司法局、市发展改革委;完成时限:2030年6月30日前)",
                "加强执法监督。规范执法。(责任单位:市司法局;完成时限:2030年12月31日前)");
    }

    private byte[] export(long plan) throws Exception {
        return mvc.perform(get("/plans/" + plan + "/ledger.xlsx").with(fixtures.as("coordinator")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static byte[] edit(byte[] file, Consumer<XSSFSheet> change) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            change.accept(workbook.getSheetAt(0));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /**
     * Replaces a cell's value as Excel would on saving: SXSSF writes inline strings, and POI's setCellValue on
     * an inline-string cell keeps the old text, so the test writes a fresh cell.
     */
    private static void set(XSSFSheet sheet, int row, int column, String value) {
        var r = sheet.getRow(row);
        var old = r.getCell(column);
        var style = old == null ? null : old.getCellStyle();
        if (old != null) {
            r.removeCell(old);
        }
        var cell = r.createCell(column);
        if (style != null) {
            cell.setCellStyle(style);
        }
        cell.setCellValue(value);
    }

    private MvcResult upload(long plan, byte[] file, MockHttpSession session) throws Exception {
        return mvc.perform(multipart("/plans/" + plan + "/ledger/upload")
                        .file(new MockMultipartFile("file", "ledger.xlsx", "application/octet-stream", file))
                        .session(session).with(fixtures.as("coordinator")).with(csrf()))
                .andExpect(status().isOk()).andReturn();
    }

    private static RoundTrip.Preview preview(MvcResult result) {
        return (RoundTrip.Preview) result.getModelAndView().getModel().get("preview");
    }

    private static Object refusal(MvcResult result) {
        return result.getModelAndView().getModel().get("flashError");
    }

    private List<Task> planTasks(long plan) {
        return tasks.findByPlanIdOrderByNumber(plan);
    }

    @Test
    void editedLeadUnitAndDeadlineComeBackAsExactlyOneDifferenceAndApplyAllOrNothing() throws Exception {
        long plan = freshPlan();
        List<Task> before = planTasks(plan);
        byte[] file = edit(export(plan), sheet -> {
            set(sheet, 3, 3, "市发展改革委");
            set(sheet, 3, 4, "市司法局");
            set(sheet, 3, 5, "2030年9月底前");
        });
        MockHttpSession session = new MockHttpSession();
        MvcResult result = upload(plan, file, session);
        RoundTrip.Preview preview = preview(result);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.differences()).hasSize(1);
        assertThat(preview.differences().get(0).number()).isEqualTo(1);
        assertThat(preview.differences().get(0).changes()).anyMatch(c -> "2030年9月底前".equals(c.after()));
        assertThat(result.getResponse().getContentAsString()).contains("完成时限：").contains("→ 2030年9月底前");
        String token = (String) result.getModelAndView().getModel().get("token");
        mvc.perform(post("/plans/" + plan + "/ledger/apply").param("token", token).session(session)
                        .with(fixtures.as("coordinator")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "ledger.roundtrip.applied"));
        List<Task> after = planTasks(plan);
        var first = queries.plan(plan).sections().get(0).tasks().get(0);
        assertThat(first.leads()).extracting(PlanQueries.UnitLine::unitId).containsExactly(fixtures.unit(LedgerFixtures.FGW));
        assertThat(first.partners()).extracting(PlanQueries.UnitLine::unitId).containsExactly(fixtures.unit("市司法局"));
        assertThat(after.get(0).getDueDate()).hasToString("2030-09-30");
        assertThat(after.get(1).getVersion()).isEqualTo(before.get(1).getVersion());
        assertThat(after.get(1).getDueText()).isEqualTo(before.get(1).getDueText());
        List<TaskChange> history = queries.history(after.get(0).getId());
        TaskChange last = history.get(history.size() - 1);
        assertThat(last.getKind()).isEqualTo(TaskChange.Kind.EDITED);
        assertThat(last.getReason()).isEqualTo("Excel 回传");
        // the same token cannot be applied twice
        mvc.perform(post("/plans/" + plan + "/ledger/apply").param("token", token).session(session)
                        .with(fixtures.as("coordinator")).with(csrf()))
                .andExpect(flash().attribute("flashError", "error.ledger.upload.stale"));
    }

    @Test
    void aLedgerExportedInEnglishIsRecognisedOnUploadToo() throws Exception {
        long plan = freshPlan();
        byte[] english = mvc.perform(get("/plans/" + plan + "/ledger.xlsx").cookie(new Cookie("FAZHI_LANG", "en"))
                .with(fixtures.as("coordinator"))).andReturn().getResponse().getContentAsByteArray();
        byte[] file = edit(english, sheet -> {
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Lead unit");
            set(sheet, 3, 5, "2030年9月底前");
        });
        RoundTrip.Preview preview = preview(upload(plan, file, new MockHttpSession()));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.differences()).singleElement()
                .satisfies(d -> assertThat(d.changes()).anyMatch(c -> "2030年9月底前".equals(c.after())));
    }

    @Test
    void aCollectiveTermWithAnEnumerationCommaInsideIsNotCutApart() throws Exception {
        long plan = freshPlan();
        byte[] file = edit(export(plan), sheet -> set(sheet, 3, 4, "各县(市、区)政府、市发展改革委"));
        RoundTrip.Preview preview = preview(upload(plan, file, new MockHttpSession()));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.differences()).singleElement().satisfies(d -> assertThat(d.units())
                .anyMatch(u -> "各县(市、区)政府".equals(u.viaTerm()) && u.unitId() != null)
                .anyMatch(u -> u.unitId() != null && u.unitId() == fixtures.unit(LedgerFixtures.FGW)));
    }

    @Test
    void anUnchangedLedgerHasNoDifferences() throws Exception {
        long plan = freshPlan();
        RoundTrip.Preview preview = preview(upload(plan, export(plan), new MockHttpSession()));
        assertThat(preview.differences()).isEmpty();
        assertThat(preview.problems()).isEmpty();
    }

    @Test
    void rowsThatMatchNoTaskOrNameUnknownUnitsOrHoldFormulasTextDatesOrOddMergesAreListedNotGuessed() throws Exception {
        long plan = freshPlan();
        byte[] file = edit(export(plan), sheet -> {
            set(sheet, 3, 4, "市月球开发局");
            set(sheet, 4, 1, "改过的标题");
            sheet.getRow(3).getCell(6).setCellFormula("1+1");
            set(sheet, 3, 5, "2023.9.30");
            sheet.addMergedRegion(new CellRangeAddress(4, 4, 6, 7));
        });
        RoundTrip.Preview preview = preview(upload(plan, file, new MockHttpSession()));
        assertThat(preview.problems()).extracting(p -> p.key()).contains("error.ledger.upload.unknownUnit",
                "error.ledger.upload.noTask", "error.ledger.upload.formula", "error.ledger.upload.deadline",
                "error.ledger.upload.merge");
        assertThat(preview.applicable()).isFalse();
        byte[] monthOnly = edit(export(plan), sheet -> set(sheet, 3, 5, "9月底"));
        assertThat(preview(upload(plan, monthOnly, new MockHttpSession())).problems())
                .extracting(p -> p.key()).containsExactly("error.ledger.upload.deadline");
    }

    @Test
    void anotherPlansLedgerWrongColumnsANonXlsxFileAndAnOversizedFileAreRefusedWithNothingApplied() throws Exception {
        long plan = freshPlan();
        List<Task> before = planTasks(plan);
        assertThat(refusal(upload(plan, export(fixtures.seedPlan()), new MockHttpSession())))
                .isEqualTo("error.ledger.upload.otherPlan");
        byte[] extra = edit(export(plan), sheet -> set(sheet, 1, 8, "附件"));
        assertThat(refusal(upload(plan, extra, new MockHttpSession()))).isEqualTo("error.ledger.upload.columns");
        byte[] missing = edit(export(plan), sheet -> set(sheet, 1, 7, ""));
        assertThat(refusal(upload(plan, missing, new MockHttpSession()))).isEqualTo("error.ledger.upload.columns");
        assertThat(refusal(upload(plan, "不是表格".getBytes(), new MockHttpSession())))
                .isEqualTo("error.ledger.upload.notXlsx");
        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        huge[0] = 'P';
        huge[1] = 'K';
        assertThat(refusal(upload(plan, huge, new MockHttpSession()))).isEqualTo("error.ledger.upload.tooLarge");
        assertThat(planTasks(plan)).extracting(Task::getVersion)
                .containsExactlyElementsOf(before.stream().map(Task::getVersion).toList());
    }

    @Test
    void onlyTheCoordinatorMayUploadOrApply() throws Exception {
        long plan = fixtures.seedPlan();
        for (String account : new String[] {"cityleader", "liaison", "liaison-fgw"}) {
            mvc.perform(get("/plans/" + plan + "/ledger/upload").with(fixtures.as(account)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/plans/" + plan + "/ledger/apply").param("token", "x")
                    .with(fixtures.as(account)).with(csrf())).andExpect(status().isForbidden());
        }
    }
}
