package org.fazhi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.fazhi.organization.internal.NewUnit;
import org.fazhi.organization.internal.UnitRegistry;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class UnitPagesIT {

    static final RequestPostProcessor ADMIN = user("sysadmin-test").roles("SYSTEM_ADMIN");
    static final RequestPostProcessor COORDINATOR = user("coordinator-test").roles("COORDINATOR");
    static final RequestPostProcessor LIAISON = user("x").roles("UNIT_LIAISON");

    @Autowired
    MockMvc mvc;

    @Autowired
    UnitRegistry registry;

    @Autowired
    UnitDirectory directory;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private UnitView add(String fullName) {
        return registry.create(new NewUnit(UnitKind.MUNICIPAL_DEPARTMENT, fullName, null, List.of(), null));
    }

    @Test
    void administratorSeesTheRegistryInChineseGroupedByKind() throws Exception {
        mvc.perform(get("/admin/units").with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"units-table\"")))
                .andExpect(content().string(containsString("遂宁市司法局")))
                .andExpect(content().string(containsString("县级政府")))
                .andExpect(content().string(containsString("市直各部门")))
                .andExpect(content().string(containsString("alias-form-")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void filterKeepsOnlyMatchingUnitsWhateverTheWidth() throws Exception {
        mvc.perform(get("/admin/units").param("q", "应急").with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("遂宁市应急管理局")))
                .andExpect(content().string(not(containsString("遂宁市司法局"))));
    }

    @Test
    void englishPagesUseTheEnglishBundle() throws Exception {
        mvc.perform(get("/admin/units").param("lang", "en").with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Unit registry")))
                .andExpect(content().string(containsString("County-level government")));
    }

    @Test
    void coordinatorMayViewButSeesNoEditForms() throws Exception {
        mvc.perform(get("/admin/units").with(COORDINATOR)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("alias-form-"))));
        UnitView unit = add(unique("遂宁市协调测试局"));
        mvc.perform(post("/admin/units/{id}/aliases", unit.id()).param("alias", unique("协调别名")).with(csrf())
                .with(COORDINATOR)).andExpect(status().isForbidden());
    }

    @Test
    void unitLiaisonCannotOpenOrChangeTheRegistry() throws Exception {
        UnitView unit = add(unique("遂宁市联络测试局"));
        mvc.perform(get("/admin/units").with(LIAISON)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/units").param("kind", "OTHER").param("fullName", unique("越权单位")).with(csrf())
                .with(LIAISON)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/units/{id}/aliases", unit.id()).param("alias", unique("越权别名")).with(csrf())
                .with(LIAISON)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/units/{id}/rename", unit.id()).param("fullName", unique("越权更名")).with(csrf())
                .with(LIAISON)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/units/{id}/merge", unit.id()).param("into", "1").with(csrf()).with(LIAISON))
                .andExpect(status().isForbidden());
        assertThat(registry.namesOf(unit.id())).hasSize(1);
    }

    @Test
    void postWithoutCsrfTokenIsRejected() throws Exception {
        UnitView unit = add(unique("遂宁市令牌测试局"));
        mvc.perform(post("/admin/units/{id}/aliases", unit.id()).param("alias", unique("无令牌")).with(ADMIN))
                .andExpect(status().isForbidden());
    }

    @Test
    void administratorAddsAnAliasAndSeesItOnTheUnitPage() throws Exception {
        UnitView unit = add(unique("遂宁市别名测试局"));
        String alias = unique("别名");
        mvc.perform(post("/admin/units/{id}/aliases", unit.id()).param("alias", alias).with(csrf()).with(ADMIN))
                .andExpect(redirectedUrl("/admin/units/" + unit.id()));
        mvc.perform(get("/admin/units/{id}", unit.id()).with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"aliases\"")))
                .andExpect(content().string(containsString("正常")))
                .andExpect(content().string(not(containsString("??"))))
                .andExpect(content().string(containsString(alias)));
        assertThat(directory.resolve(alias)).isInstanceOf(NameResolution.Resolved.class);
    }

    @Test
    void duplicateAliasIsShownOnTheFormAndNothingIsSaved() throws Exception {
        UnitView unit = add(unique("遂宁市重复测试局"));
        mvc.perform(post("/admin/units/{id}/aliases", unit.id()).param("alias", "市司法局").with(csrf()).with(ADMIN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("alias-error")))
                .andExpect(content().string(containsString("遂宁市司法局")))
                .andExpect(content().string(containsString("名称“市司法局”已被单位“遂宁市司法局”使用")));
        assertThat(registry.namesOf(unit.id())).hasSize(1);
    }

    @Test
    void administratorAddsAUnitThroughTheForm() throws Exception {
        String full = unique("遂宁市表单新增局");
        String alias = unique("表单别名");
        mvc.perform(post("/admin/units").param("kind", "MUNICIPAL_DEPARTMENT").param("fullName", full)
                        .param("shortName", "").param("aliases", alias + "\n").with(csrf()).with(ADMIN))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.resolve(alias)).isInstanceOfSatisfying(NameResolution.Resolved.class,
                r -> assertThat(r.fullName()).isEqualTo(full));
    }

    @Test
    void addingAUnitWithATakenNameReShowsTheForm() throws Exception {
        mvc.perform(post("/admin/units").param("kind", "MUNICIPAL_DEPARTMENT").param("fullName", "遂宁市司法局")
                        .with(csrf()).with(ADMIN))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("unit-error")));
    }

    @Test
    void renameThroughThePageKeepsTheOldName() throws Exception {
        String old = unique("遂宁市页面旧名局");
        UnitView unit = add(old);
        String renamed = unique("遂宁市页面新名局");
        mvc.perform(post("/admin/units/{id}/rename", unit.id()).param("fullName", renamed).with(csrf()).with(ADMIN))
                .andExpect(redirectedUrl("/admin/units/" + unit.id()));
        assertThat(directory.find(unit.id()).orElseThrow().fullName()).isEqualTo(renamed);
        assertThat(directory.resolve(old)).isInstanceOf(NameResolution.Resolved.class);
    }

    @Test
    void mergeAsksForConfirmationThenMerges() throws Exception {
        UnitView merged = add(unique("遂宁市页面并入前局"));
        UnitView into = add(unique("遂宁市页面并入后局"));
        mvc.perform(get("/admin/units/{id}/merge", merged.id()).param("into", String.valueOf(into.id())).with(ADMIN))
                .andExpect(status().isOk()).andExpect(content().string(containsString("merge-confirm")))
                .andExpect(content().string(containsString(into.fullName())));
        mvc.perform(post("/admin/units/{id}/merge", merged.id()).param("into", String.valueOf(into.id())).with(csrf())
                .with(ADMIN)).andExpect(redirectedUrl("/admin/units/" + into.id()));
        assertThat(directory.resolve(merged.fullName())).isInstanceOfSatisfying(NameResolution.Resolved.class,
                r -> assertThat(r.unitId()).isEqualTo(into.id()));
        mvc.perform(get("/admin/units/{id}", merged.id()).with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("merged-into")))
                .andExpect(content().string(containsString("已合并")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void unknownUnitPageIsNotFound() throws Exception {
        mvc.perform(get("/admin/units/{id}", 987654321L).with(ADMIN)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("单位不存在")))
                .andExpect(content().string(not(containsString("[Ljava"))));
    }
}
