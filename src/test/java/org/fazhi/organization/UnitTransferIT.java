package org.fazhi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.organization.internal.UnitWorkbook;
import org.fazhi.organization.internal.UnitWorkbook.SheetRow;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class UnitTransferIT {

    static final RequestPostProcessor ADMIN = user("sysadmin-test").roles("SYSTEM_ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    UnitDirectory directory;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static MockMultipartFile sheet(SheetRow... rows) {
        return new MockMultipartFile("file", "units.xlsx", UnitTransferControllerTypes.XLSX, UnitWorkbook.write(List.of(rows)));
    }

    private static SheetRow row(String full, String shortName, List<String> aliases, String kind, String parent) {
        return new SheetRow(0, full, shortName, aliases, kind, parent, "正常");
    }

    @Test
    void exportOpensInPoiAndContainsTheSeededUnits() throws Exception {
        byte[] bytes = mvc.perform(get("/admin/units/export").with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(format.formatCellValue(c)));
            assertThat(header).containsExactly("单位全称", "简称", "别名", "类型", "上级单位", "状态");
            List<String> fullNames = new ArrayList<>();
            for (Row r : sheet) {
                fullNames.add(format.formatCellValue(r.getCell(0)));
            }
            assertThat(fullNames).contains("遂宁市司法局", "遂宁市船山区人民政府", "遂宁经济技术开发区管理委员会",
                    "中共遂宁市委机构编制委员会办公室");
        }
    }

    @Test
    void validSheetIsPreviewedThenAppliedAllAtOnce() throws Exception {
        String parent = unique("遂宁市导入上级局");
        String child = unique("遂宁市导入下属中心");
        String alias = unique("导入别名");
        MockHttpSession session = new MockHttpSession();
        MvcResult preview = mvc.perform(multipart("/admin/units/import").file(sheet(
                        row(child, null, List.of(), "其他", parent),
                        row(parent, null, List.of(alias), "市直部门", null),
                        row("遂宁市司法局", "市司法局", List.of(), "市直部门", null)))
                        .session(session).with(csrf()).with(ADMIN))
                .andExpect(status().isOk()).andExpect(content().string(containsString("import-apply")))
                .andReturn();
        assertThat(directory.resolve(parent)).isInstanceOf(NameResolution.Unknown.class);
        String html = preview.getResponse().getContentAsString();
        String token = html.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
        mvc.perform(post("/admin/units/import/apply").param("token", token).session(session).with(csrf()).with(ADMIN))
                .andExpect(redirectedUrl("/admin/units"));
        long parentId = ((NameResolution.Resolved) directory.resolve(alias)).unitId();
        assertThat(directory.find(parentId).orElseThrow().fullName()).isEqualTo(parent);
        long childId = ((NameResolution.Resolved) directory.resolve(child)).unitId();
        assertThat(directory.find(childId).orElseThrow().parentId()).isEqualTo(parentId);
        assertThat(directory.find(childId).orElseThrow().kind()).isEqualTo(UnitKind.OTHER);
    }

    @Test
    void sheetWithErrorsListsThemByRowAndAppliesNothing() throws Exception {
        String good = unique("遂宁市本应导入局");
        String twice = unique("重复名称");
        mvc.perform(multipart("/admin/units/import").file(sheet(
                        row(good, null, List.of(twice), "市直部门", null),
                        row(unique("遂宁市类型错误局"), null, List.of(), "火星部门", null),
                        row("", "无全称", List.of(), "市直部门", null),
                        row(unique("遂宁市重复别名局"), null, List.of(twice), "市直部门", null),
                        row(unique("遂宁市占用简称局"), "市司法局", List.of(), "市直部门", null)))
                        .with(csrf()).with(ADMIN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("import-errors")))
                .andExpect(content().string(containsString("第 3 行")))
                .andExpect(content().string(containsString("火星部门")))
                .andExpect(content().string(containsString("第 4 行")))
                .andExpect(content().string(containsString("缺少单位全称")))
                .andExpect(content().string(containsString("与第 2 行重复")))
                .andExpect(content().string(containsString("第 6 行")));
        assertThat(directory.resolve(good)).isInstanceOf(NameResolution.Unknown.class);
    }

    @Test
    void fileThatIsNotXlsxIsRefusedWithAMessage() throws Exception {
        MockMultipartFile text = new MockMultipartFile("file", "units.xlsx", "text/plain", "not a workbook".getBytes());
        mvc.perform(multipart("/admin/units/import").file(text).with(csrf()).with(ADMIN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("不是有效的 Excel")));
    }

    @Test
    void oversizedFileIsRefusedWithAMessage() throws Exception {
        MockMultipartFile big = new MockMultipartFile("file", "units.xlsx", UnitTransferControllerTypes.XLSX,
                new byte[3 * 1024 * 1024]);
        mvc.perform(multipart("/admin/units/import").file(big).with(csrf()).with(ADMIN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("文件过大")));
    }

    @Test
    void expiredPreviewTokenAppliesNothing() throws Exception {
        mvc.perform(post("/admin/units/import/apply").param("token", "no-such-token").with(csrf()).with(ADMIN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("已失效")));
    }

    @Test
    void unitLiaisonCannotImport() throws Exception {
        mvc.perform(multipart("/admin/units/import").file(sheet(row(unique("遂宁市越权导入局"), null, List.of(), "其他", null)))
                .with(csrf()).with(user("x").roles("UNIT_LIAISON"))).andExpect(status().isForbidden());
    }

    /** The .xlsx media type, kept here so the test does not reach into the web package. */
    static final class UnitTransferControllerTypes {
        static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
}
