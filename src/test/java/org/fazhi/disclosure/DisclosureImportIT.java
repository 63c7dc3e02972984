package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.disclosure.internal.DisclosureDeadlines;
import org.fazhi.disclosure.internal.DisclosureHistory;
import org.fazhi.disclosure.internal.DisclosureImport;
import org.fazhi.disclosure.internal.ImportTemplate;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.ImportPreview;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Excel import of 依申请公开 requests: preview by row and rule, all or nothing, no duplicates, office only. */
@IntegrationTest
class DisclosureImportIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    DisclosureFixtures fx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UnitDirectory units;
    @Autowired
    DisclosureImport importer;
    @Autowired
    DisclosureDeadlines deadlines;
    @Autowired
    DisclosureHistory history;

    private static byte[] workbook(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ImportTemplate.xlsx()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < rows.get(i).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(i).get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private List<Long> requestsOf(long unit) {
        return jdbc.queryForList("SELECT id FROM disclosure_request WHERE unit_id = ? ORDER BY id", Long.class, unit);
    }

    private MvcResult upload(byte[] content, String name, MockHttpSession session) throws Exception {
        return mvc.perform(multipart("/disclosure/import")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .session(session).with(csrf()).with(fx.as("coordinator")))
                .andExpect(status().isOk()).andReturn();
    }

    @Test
    void badRowsAreNamedAndNothingSavedThenAGoodFileImportsOnceWithDeadlinesAndWho() throws Exception {
        long unit = fx.freshUnit();
        String name = units.find(unit).orElseThrow().fullName();
        // handed in Fri 2025-09-19: reply due 2025-10-23 across the National Day holiday (as DisclosureScenarioIT)
        List<String> open = List.of(name, "自然人", "导入申请人甲", "当面提交", "2025.9.19", "", "", "财政预算");
        List<String> replied = List.of(name, "商业企业", "导入公司乙", "邮寄（挂号信）", "2025-09-01", "2025年9月3日", "",
                "规划许可", "2025/9/20", "部分公开", "涉及第三方");
        List<String> unknownUnit = List.of("不存在的局", "自然人", "丙", "", "2025-09-01", "", "", "x");
        List<String> missingReceipt = List.of(name, "自然人", "丁", "网络", "2025-09-01", "", "", "x");
        List<String> replyBeforeReceipt = List.of(name, "自然人", "戊", "", "2025-09-10", "", "", "x",
                "2025-09-09", "予以公开");
        List<String> badType = List.of(name, "外星人", "己", "", "2025-09-10", "", "", "x");
        List<String> badChannel = List.of(name, "自然人", "庚", "飞鸽", "2025-09-10", "", "", "x");
        List<String> badOutcome = List.of(name, "自然人", "辛", "", "2025-09-10", "", "", "x", "2025-09-11", "随便");
        byte[] bad = workbook(List.of(open, replied, unknownUnit, missingReceipt, replyBeforeReceipt, badType,
                badChannel, badOutcome));

        MockHttpSession session = new MockHttpSession();
        MvcResult result = upload(bad, "requests.xlsx", session);
        ImportPreview<?> preview = (ImportPreview<?>) result.getModelAndView().getModel().get("preview");
        assertThat(preview.problems()).extracting(ImportPreview.Problem::row, ImportPreview.Problem::key)
                .containsExactly(
                        tuple(4, "error.disclosure.import.unknownUnit"),
                        tuple(5, "error.disclosure.receipt.missing.confirmed"),
                        tuple(6, "error.disclosure.order.reply"),
                        tuple(7, "error.disclosure.import.badValue"),
                        tuple(8, "error.disclosure.import.badValue"),
                        tuple(9, "error.disclosure.import.badValue"));
        assertThat(result.getModelAndView().getModel()).doesNotContainKey("token");
        assertThat(result.getResponse().getContentAsString()).contains("不存在的局", "外星人", "飞鸽", "随便");
        assertThatThrownBy(() -> importer.apply(bad, "requests.xlsx", DisclosureFixtures.COORDINATOR))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.disclosure.import.hasProblems");
        assertThat(requestsOf(unit)).isEmpty();

        byte[] good = workbook(List.of(open, replied));
        result = upload(good, "requests.xlsx", session);
        String token = (String) result.getModelAndView().getModel().get("token");
        assertThat(token).isNotNull();
        mvc.perform(post("/disclosure/import/apply").param("token", token).session(session).with(csrf())
                        .with(fx.as("coordinator")))
                .andExpect(flash().attribute("flash", "disclosure.import.done"));
        List<Long> ids = requestsOf(unit);
        assertThat(ids).hasSize(2);
        var first = fx.reload(ids.get(0));
        assertThat(first.getReceivedOn()).isEqualTo(LocalDate.of(2025, 9, 19));
        assertThat(deadlines.replyDue(first)).contains(LocalDate.of(2025, 10, 23));
        assertThat(first.getRegisteredBy()).isEqualTo("coordinator");
        assertThat(history.of(first.getId())).extracting(DisclosureHistory.Entry::action, DisclosureHistory.Entry::actor)
                .containsExactly(tuple("registered", "coordinator"), tuple("imported", "coordinator"));
        assertThat(mvc.perform(get("/disclosure/" + first.getId()).with(fx.as("coordinator"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Excel导入");
        var second = fx.reload(ids.get(1));
        assertThat(second.getReceivedOn()).isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(second.getOutcome()).hasToString("PARTIAL");
        assertThat(second.getClosedOn()).isEqualTo(LocalDate.of(2025, 9, 20));
        assertThat(history.of(second.getId())).extracting(DisclosureHistory.Entry::action)
                .containsExactly("registered", "imported", "replied");

        // the used token is gone; the same file again finds both rows registered and imports nothing
        mvc.perform(post("/disclosure/import/apply").param("token", token).session(session).with(csrf())
                        .with(fx.as("coordinator")))
                .andExpect(flash().attribute("flashError", "error.disclosure.import.expired"));
        preview = importer.preview(good, "requests.xlsx");
        assertThat(preview.skipped()).containsExactly(2, 3);
        assertThat(preview.ok()).isFalse();
        assertThat(requestsOf(unit)).hasSize(2);
    }

    @Test
    void wrongFilesAreRefusedBeforeReading() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult result = upload("a,b\n".getBytes(), "requests.csv", session);
        assertThat(result.getModelAndView().getModel().get("errorKey")).isEqualTo("error.import.notXlsx");
        result = upload(new byte[(int) org.fazhi.platform.ImportRows.MAX_BYTES + 1], "big.xlsx", session);
        assertThat(result.getModelAndView().getModel().get("errorKey")).isEqualTo("error.import.tooLarge");
        byte[] other = workbook(List.of());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(other));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.getSheetAt(0).getRow(0).getCell(0).setCellValue("申请人");
            wb.write(out);
            result = upload(out.toByteArray(), "other.xlsx", session);
        }
        assertThat(result.getModelAndView().getModel().get("errorKey")).isEqualTo("error.disclosure.import.notTemplate");
    }

    @Test
    void onlyTheOfficeImportsAndTheTemplateDownloads() throws Exception {
        mvc.perform(get("/disclosure/import/template.xlsx").with(fx.as("coordinator"))).andExpect(status().isOk());
        mvc.perform(get("/disclosure/import").with(fx.as("liaison"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/disclosure/import")
                        .file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", ImportTemplate.xlsx()))
                        .with(csrf()).with(fx.as("liaison")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/disclosure/import/apply").param("token", "x").with(csrf()).with(fx.as("liaison")))
                .andExpect(status().isForbidden());
    }
}
