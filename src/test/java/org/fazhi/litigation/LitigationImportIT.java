package org.fazhi.litigation;

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
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.Role;
import org.fazhi.litigation.internal.ImportTemplate;
import org.fazhi.litigation.internal.JudgmentResult;
import org.fazhi.litigation.internal.LitigationCase;
import org.fazhi.litigation.internal.LitigationDeadlines;
import org.fazhi.litigation.internal.LitigationImport;
import org.fazhi.litigation.internal.LitigationRecords;
import org.fazhi.litigation.internal.LitigationService;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitRegistration;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.ImportPreview;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Excel import of 行政应诉 cases: preview by row and rule, all or nothing, case number as key, office only. */
@IntegrationTest
class LitigationImportIT {

    static final CurrentUser COORDINATOR = new CurrentUser(0L, "coordinator", "coordinator", null, Set.of(Role.COORDINATOR));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UnitDirectory units;
    @Autowired
    UnitRegistration registration;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    LitigationImport importer;
    @Autowired
    LitigationService service;
    @Autowired
    LitigationDeadlines deadlines;
    @Autowired
    LitigationRecords records;

    private RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(username));
    }

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

    private List<Long> casesOf(long unit) {
        return jdbc.queryForList("SELECT id FROM litigation_case WHERE unit_id = ? ORDER BY id", Long.class, unit);
    }

    private MvcResult upload(byte[] content, MockHttpSession session) throws Exception {
        return mvc.perform(multipart("/litigation/import")
                        .file(new MockMultipartFile("file", "cases.xlsx", "application/octet-stream", content))
                        .session(session).with(csrf()).with(as("coordinator")))
                .andExpect(status().isOk()).andReturn();
    }

    @Test
    void badRowsAreNamedAndNothingSavedThenAGoodFileImportsOnceWithDeadlinesAndWho() throws Exception {
        long unit = registration.register(UnitKind.OTHER, "测试导入应诉局" + UUID.randomUUID().toString().substring(0, 8)).id();
        String name = units.find(unit).orElseThrow().fullName();
        String no = "(2025)川0903行初" + UUID.randomUUID().toString().substring(0, 6) + "号";
        // received Sat 2025-09-20: defence due Thu 2025-10-09 after the National Day holiday (as LitigationScenarioIT)
        List<String> open = List.of(name, "船山区人民法院", no, "李四", "行政处罚决定", "一审", "2025.9.20");
        List<String> decided = List.of(name, "遂宁市中级人民法院", no, "李四", "行政处罚决定", "二审", "2025年9月1日",
                "2025-09-10", "2025/11/20", "撤销或部分撤销");
        List<String> unknownUnit = List.of("不存在的局", "法院", "x1", "甲", "行为", "", "2025-09-01");
        List<String> missingReceipt = List.of(name, "法院", "x2", "甲", "行为", "", "");
        List<String> judgmentBeforeReceipt = List.of(name, "法院", "x3", "甲", "行为", "", "2025-09-10", "",
                "2025-09-09", "原告撤诉");
        List<String> badInstance = List.of(name, "法院", "x4", "甲", "行为", "三审", "2025-09-10");
        List<String> badResult = List.of(name, "法院", "x5", "甲", "行为", "", "2025-09-10", "", "2025-09-11", "平局");
        List<String> badDate = List.of(name, "法院", "x6", "甲", "行为", "", "九月");
        List<String> repeated = List.of(name, "船山区人民法院", no, "王五", "行政处罚决定", "一审", "2025-09-20");
        byte[] bad = workbook(List.of(open, decided, unknownUnit, missingReceipt, judgmentBeforeReceipt, badInstance,
                badResult, badDate, repeated));

        MockHttpSession session = new MockHttpSession();
        MvcResult result = upload(bad, session);
        ImportPreview<?> preview = (ImportPreview<?>) result.getModelAndView().getModel().get("preview");
        assertThat(preview.problems()).extracting(ImportPreview.Problem::row, ImportPreview.Problem::key)
                .containsExactly(
                        tuple(4, "error.litigation.import.unknownUnit"),
                        tuple(5, "error.litigation.register.received"),
                        tuple(6, "error.litigation.order.judgment"),
                        tuple(7, "error.litigation.import.badValue"),
                        tuple(8, "error.litigation.import.badValue"),
                        tuple(9, "error.import.badDate"),
                        tuple(10, "error.litigation.import.duplicateRow"));
        assertThat(result.getModelAndView().getModel()).doesNotContainKey("token");
        assertThat(result.getResponse().getContentAsString()).contains("不存在的局", "三审", "平局", "九月", "与第2行重复");
        assertThatThrownBy(() -> importer.apply(bad, "cases.xlsx", COORDINATOR))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.litigation.import.hasProblems");
        assertThat(casesOf(unit)).isEmpty();

        byte[] good = workbook(List.of(open, decided));
        result = upload(good, session);
        String token = (String) result.getModelAndView().getModel().get("token");
        assertThat(token).isNotNull();
        mvc.perform(post("/litigation/import/apply").param("token", token).session(session).with(csrf())
                        .with(as("coordinator")))
                .andExpect(flash().attribute("flash", "litigation.import.done"));
        List<Long> ids = casesOf(unit);
        assertThat(ids).hasSize(2);
        LitigationCase first = service.get(ids.get(0), COORDINATOR);
        assertThat(deadlines.defenceDue(first)).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(first.getRegisteredBy()).isEqualTo("coordinator");
        assertThat(records.of(first.getId())).extracting(LitigationRecords.Entry::action, LitigationRecords.Entry::actor)
                .containsExactly(tuple("registered", "coordinator"), tuple("imported", "coordinator"));
        assertThat(mvc.perform(get("/litigation/" + first.getId()).with(as("coordinator"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Excel导入");
        LitigationCase second = service.get(ids.get(1), COORDINATOR);
        assertThat(second.getDefenceSubmittedOn()).isEqualTo(LocalDate.of(2025, 9, 10));
        assertThat(second.getJudgmentResult()).isEqualTo(JudgmentResult.REVOKED);
        assertThat(second.lost()).isTrue();
        assertThat(records.of(second.getId())).extracting(LitigationRecords.Entry::action)
                .containsExactly("registered", "imported", "defence", "judgment");

        mvc.perform(post("/litigation/import/apply").param("token", token).session(session).with(csrf())
                        .with(as("coordinator")))
                .andExpect(flash().attribute("flashError", "error.litigation.import.expired"));
        preview = importer.preview(good, "cases.xlsx");
        assertThat(preview.skipped()).containsExactly(2, 3);
        assertThat(preview.ok()).isFalse();
        assertThat(casesOf(unit)).hasSize(2);
    }

    @Test
    void onlyTheOfficeImportsAndWrongFilesAreRefused() throws Exception {
        mvc.perform(get("/litigation/import/template.xlsx").with(as("coordinator"))).andExpect(status().isOk());
        mvc.perform(get("/litigation/import").with(as("liaison"))).andExpect(status().isForbidden());
        mvc.perform(post("/litigation/import/apply").param("token", "x").with(csrf()).with(as("liaison")))
                .andExpect(status().isForbidden());
        MvcResult result = upload("not a workbook".getBytes(), new MockHttpSession());
        assertThat(result.getModelAndView().getModel().get("errorKey")).isEqualTo("error.import.notXlsx");
    }
}
