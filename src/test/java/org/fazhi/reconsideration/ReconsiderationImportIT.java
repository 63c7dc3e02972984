package org.fazhi.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.ImportPreview;
import org.fazhi.reconsideration.internal.ImportTemplate;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Excel import: the template round-trips, problems are named by row and rule, and apply is all or nothing. */
@IntegrationTest
class ReconsiderationImportIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ReconsiderationFixtures fx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UnitDirectory units;

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

    private int casesOf(long unit) {
        return jdbc.queryForObject("SELECT count(*) FROM reconsideration_case WHERE respondent_unit_id = ?",
                Integer.class, unit);
    }

    @Test
    void previewNamesEachBadRowAndNothingIsSavedThenAGoodFileImportsAllRows() throws Exception {
        long unit = fx.freshUnit();
        String name = units.find(unit).orElseThrow().fullName();
        // received Fri 2025-01-24: review runs to Fri 02-07 across the Spring Festival (make-up Sun 01-26)
        List<String> decided = List.of("导入申请人甲", name, "罚款", "邮寄", "2025-01-24", "2024/12/20", "是",
                "2025年2月7日", "普通程序", "2025-03-20", "撤销");
        List<String> open = List.of("导入申请人乙", name, "责令改正", "", "2025-09-01", "2025-08-20", "否");
        List<String> unknownUnit = List.of("导入申请人丙", "不存在的局", "x", "", "2025-09-01", "2025-08-20", "是");
        List<String> decidedBeforeAccepted = List.of("导入申请人丁", name, "x", "", "2025-09-01", "2025-08-20", "是",
                "2025-09-03", "简易程序", "2025-09-02", "维持");
        List<String> lateAcceptance = List.of("导入申请人戊", name, "x", "", "2025-01-24", "2024-12-20", "是",
                "2025-02-10", "普通程序");
        byte[] bad = workbook(List.of(decided, open, unknownUnit, decidedBeforeAccepted, lateAcceptance));

        MockHttpSession session = new MockHttpSession();
        MvcResult result = mvc.perform(multipart("/reconsideration/import")
                        .file(new MockMultipartFile("file", "cases.xlsx", "application/octet-stream", bad))
                        .session(session).with(csrf()).with(fx.as("coordinator")))
                .andExpect(status().isOk()).andReturn();
        ImportPreview<?> preview = (ImportPreview<?>) result.getModelAndView().getModel().get("preview");
        assertThat(preview.problems()).extracting(ImportPreview.Problem::row, ImportPreview.Problem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "error.reconsideration.import.unknownUnit"),
                org.assertj.core.groups.Tuple.tuple(5, "error.reconsideration.decision.beforeAcceptance"),
                org.assertj.core.groups.Tuple.tuple(6, "error.reconsideration.review.expired"));
        assertThat(result.getModelAndView().getModel()).doesNotContainKey("token");
        assertThat(result.getResponse().getContentAsString()).contains("第六十二条", "不存在的局");
        assertThatThrownBy(() -> fx.as("coordinator", () -> fx.importer.apply(bad, "cases.xlsx")))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.reconsideration.import.hasProblems");
        assertThat(casesOf(unit)).isZero();

        byte[] good = workbook(List.of(decided, open));
        result = mvc.perform(multipart("/reconsideration/import")
                        .file(new MockMultipartFile("file", "cases.xlsx", "application/octet-stream", good))
                        .session(session).with(csrf()).with(fx.as("coordinator")))
                .andExpect(status().isOk()).andReturn();
        String token = (String) result.getModelAndView().getModel().get("token");
        assertThat(token).isNotNull();
        mvc.perform(post("/reconsideration/import/apply").param("token", token).session(session).with(csrf())
                        .with(fx.as("coordinator")))
                .andExpect(flash().attribute("flash", "reconsideration.import.done"));
        assertThat(casesOf(unit)).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT state || ':' || coalesce(decision_type, '') FROM reconsideration_case"
                + " WHERE respondent_unit_id = ? ORDER BY id", String.class, unit))
                .containsExactly("DECIDED:REVOKE", "RECEIVED:");
        mvc.perform(post("/reconsideration/import/apply").param("token", token).session(session).with(csrf())
                        .with(fx.as("coordinator")))
                .andExpect(flash().attribute("flashError", "error.reconsideration.import.expired"));
        assertThat(casesOf(unit)).isEqualTo(2);

        // the same file again: both rows are registered already, skipped and listed; nothing to apply
        result = preview(session, good, "cases.xlsx");
        preview = (ImportPreview<?>) result.getModelAndView().getModel().get("preview");
        assertThat(preview.rows()).isEmpty();
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.skipped()).containsExactly(2, 3);
        assertThat(result.getModelAndView().getModel()).doesNotContainKey("token");
        assertThat(result.getResponse().getContentAsString()).contains("已登记、将跳过的行：2, 3");
        assertThat(casesOf(unit)).isEqualTo(2);
    }

    private MvcResult preview(MockHttpSession session, byte[] content, String name) throws Exception {
        return mvc.perform(multipart("/reconsideration/import")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .session(session).with(csrf()).with(fx.as("coordinator")))
                .andExpect(status().isOk()).andReturn();
    }

    @Test
    void aRowTwiceInOneFileABadDateAnOversizedOrNonExcelFileAreRefusedByName() throws Exception {
        long unit = fx.freshUnit();
        String name = units.find(unit).orElseThrow().fullName();
        List<String> row = List.of("重复申请人", name, "罚款", "", "2025-09-01", "2025-08-20", "是");
        List<String> badDate = List.of("日期有误", name, "罚款", "", "2025-13-01", "2025-08-20", "是");
        MockHttpSession session = new MockHttpSession();
        MvcResult result = preview(session, workbook(List.of(row, row, badDate)), "cases.xlsx");
        ImportPreview<?> preview = (ImportPreview<?>) result.getModelAndView().getModel().get("preview");
        assertThat(preview.problems()).extracting(ImportPreview.Problem::row, ImportPreview.Problem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "error.reconsideration.import.duplicateRow"),
                        org.assertj.core.groups.Tuple.tuple(4, "error.import.badDate"));
        assertThat(result.getResponse().getContentAsString()).contains("与第2行重复", "2025-13-01");

        // the shared limit of the registers' imports: 2 MB, named in the message
        result = preview(session, new byte[(int) org.fazhi.platform.ImportRows.MAX_BYTES + 1], "cases.xlsx");
        assertThat(result.getModelAndView().getModel()).containsEntry("errorKey", "error.import.tooLarge")
                .doesNotContainKey("preview");
        assertThat(result.getResponse().getContentAsString()).contains("文件过大（上限2MB）");
        result = preview(session, "申请人,被申请人".getBytes(java.nio.charset.StandardCharsets.UTF_8), "cases.csv");
        assertThat(result.getModelAndView().getModel()).containsEntry("errorKey", "error.import.notXlsx");
        assertThat(casesOf(unit)).isZero();
    }

    @Test
    void onlyTheOfficeImportsAndTheTemplateDownloads() throws Exception {
        mvc.perform(get("/reconsideration/import/template.xlsx").with(fx.as("coordinator"))).andExpect(status().isOk());
        mvc.perform(get("/reconsideration/import").with(fx.as("liaison"))).andExpect(status().isForbidden());
    }
}
