package org.fazhi.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.fazhi.identity.Role;
import org.fazhi.identity.internal.Account;
import org.fazhi.identity.internal.AccountAdministration;
import org.fazhi.identity.internal.Accounts;
import org.fazhi.organization.NameResolution;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitPicker;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The account pages' unit fields take a unit name or an id; a name naming no unit shows the page again with the
 * message next to the field and what was typed, writing nothing; above the cap the fields are typed with one
 * shared list of suggestions instead of a select of every unit per account.
 */
@IntegrationTest
class AccountUnitFieldIT {

    private static final String PASSWORD = "Strong#Pass2026";
    private static final String CHUANSHAN = "船山区人民政府";
    private static final String UNKNOWN = "不存在的单位子丑寅";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UnitDirectory directory;
    @Autowired
    ISpringTemplateEngine templates;

    private ResultActions create(String username, String unit) throws Exception {
        return mvc.perform(post("/admin/accounts").with(user("admin").roles("SYSTEM_ADMIN")).with(csrf())
                .param("username", username).param("displayName", "按名建号").param("password", PASSWORD)
                .param("unitId", unit).param("role", "UNIT_LIAISON").param("email", ""));
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long chuanshan() {
        return ((NameResolution.Resolved) directory.resolve(CHUANSHAN)).unitId();
    }

    @Test
    void anAccountIsCreatedWithATypedUnitNameAndAnUnknownNameCreatesNothing() throws Exception {
        String named = "byname" + UUID.randomUUID().toString().substring(0, 8);
        create(named, CHUANSHAN).andExpect(status().is3xxRedirection());
        assertThat(accounts.findByUsername(named)).get().extracting(Account::getUnitId).isEqualTo(chuanshan());

        String refused = "unknown" + UUID.randomUUID().toString().substring(0, 8);
        String page = body(create(refused, UNKNOWN).andExpect(status().isOk()));
        assertThat(page).contains("id=\"unitId-error\"", "单位名录中没有“" + UNKNOWN + "”",
                "<option value=\"" + UNKNOWN + "\" selected", "value=\"" + refused + "\"");
        assertThat(accounts.findByUsername(refused)).isEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = "SYSTEM_ADMIN")
    void anEditNamingNoUnitShowsTheRowAgainAndChangesNothing() throws Exception {
        String username = "edit" + UUID.randomUUID().toString().substring(0, 8);
        long id = administration.create("admin", username, "改前姓名", PASSWORD, chuanshan(), Role.UNIT_LIAISON)
                .getId();
        String page = body(mvc.perform(post("/admin/accounts/" + id).with(user("admin").roles("SYSTEM_ADMIN"))
                .with(csrf()).param("displayName", "改后姓名").param("unitId", UNKNOWN).param("enabled", "true"))
                .andExpect(status().isOk()));
        assertThat(page).contains("id=\"unit-" + id + "-error\"", "单位名录中没有“" + UNKNOWN + "”",
                "value=\"改后姓名\"");
        Account unchanged = accounts.findById(id).orElseThrow();
        assertThat(unchanged.getDisplayName()).isEqualTo("改前姓名");
        assertThat(unchanged.getUnitId()).isEqualTo(chuanshan());

        mvc.perform(post("/admin/accounts/" + id).with(user("admin").roles("SYSTEM_ADMIN")).with(csrf())
                .param("displayName", "改后姓名").param("unitId", "市司法局").param("enabled", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.findById(id).orElseThrow().getUnitId())
                .isEqualTo(((NameResolution.Resolved) directory.resolve("市司法局")).unitId());
    }

    @Test
    void aboveTheCapTheUnitFieldsAreTypedWithOneCappedListOfSuggestions() throws Exception {
        AccountsController controller = new AccountsController(accounts, administration,
                new UnitOptions(directory, new UnitPicker(directory, 2)));
        MockMvc small = MockMvcBuilders.standaloneSetup(controller).setViewResolvers(views()).build();
        String page = body(small.perform(get("/admin/accounts")).andExpect(status().isOk()));
        assertThat(page).containsPattern("<input type=\"text\" name=\"unitId\" id=\"unitId\"[^>]*list=\"account-units\"")
                .contains("<datalist id=\"account-units\">").doesNotContain("<select name=\"unitId\"");
        String list = page.substring(page.indexOf("<datalist id=\"account-units\">"));
        list = list.substring(0, list.indexOf("</datalist>"));
        assertThat(list.split("<option", -1)).hasSize(3);
        assertThat(page.split("<datalist", -1)).hasSize(2);
        assertThat(directory.activeUnits()).hasSizeGreaterThan(2);
    }

    /** The application's templates for a controller set up on its own (with a low cap). */
    private ThymeleafViewResolver views() {
        ThymeleafViewResolver views = new ThymeleafViewResolver();
        views.setTemplateEngine(templates);
        views.setCharacterEncoding("UTF-8");
        return views;
    }
}
