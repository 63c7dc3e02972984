package org.fazhi.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.organization.NameResolution;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitPicker;
import org.fazhi.organization.UnitRegistration;
import org.fazhi.plan.internal.PlanImportService;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Notices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The import preview maps unknown responsible-unit names to registry units typed by name (or chosen by id); a
 * mapping naming no unit shows its message in its row, keeps every row's text and imports nothing; above the cap
 * the rows are typed fields sharing one capped list of suggestions.
 */
@IntegrationTest
class ImportUnitMappingIT {

    private static final String STAR = "市星际事务局";
    private static final String GALAXY = "市银河航运局";
    private static final String UNKNOWN = "不存在的单位卯辰巳";
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlanImportService imports;
    @Autowired
    UnitRegistration registration;
    @Autowired
    ISpringTemplateEngine templates;

    private final MockHttpSession session = new MockHttpSession();

    private String perform(MockMvc on, MockHttpServletRequestBuilder request, int status) throws Exception {
        return on.perform(request.session(session).with(user("coordinator").roles("COORDINATOR")).with(csrf()))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String token(String page) {
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as("a token on the page").isTrue();
        return m.group(1);
    }

    private long unit(String name) {
        return ((NameResolution.Resolved) directory.resolve(name)).unitId();
    }

    private long plans(String doc) {
        return jdbc.queryForObject("select count(*) from plan_plan where doc_number = ?", Long.class, doc);
    }

    @Test
    void unknownNamesAreMappedByTypedNameAndAMappingNamingNoUnitImportsNothing() throws Exception {
        String doc = Notices.docNumber();
        String notice = Notices.notice(doc, "推进政务公开。提高质量。(责任单位:" + STAR + "、" + GALAXY + "、市司法局)");
        String page = perform(mvc, post("/plans/import/preview").param("text", notice), 200);
        assertThat(page).contains(STAR, GALAXY, "id=\"map-0\"", "id=\"map-1\"");

        page = perform(mvc, post("/plans/import/save").param("token", token(page)).param("names", STAR, GALAXY)
                .param("units", "市审计局", UNKNOWN), 200);
        assertThat(page).contains("id=\"map-1-error\"", "单位名录中没有“" + UNKNOWN + "”",
                "<option value=\"" + UNKNOWN + "\" selected", "<option value=\"" + unit("市审计局") + "\" selected")
                .doesNotContain("id=\"map-0-error\"");
        assertThat(plans(doc)).isZero();

        page = perform(mvc, post("/plans/import/recheck").param("token", token(page)).param("names", STAR, GALAXY)
                .param("units", "市审计局", ""), 200);
        assertThat(page).contains("<option value=\"" + unit("市审计局") + "\" selected", "id=\"create-unit-1\"")
                .doesNotContain("id=\"create-unit-0\"", "map-0-error", "map-1-error");

        perform(mvc, post("/plans/import/save").param("token", token(page)).param("names", STAR, GALAXY)
                .param("units", "市审计局", String.valueOf(unit("市发展改革委"))), 302);
        assertThat(plans(doc)).isOne();
        assertThat(jdbc.queryForList("select distinct r.unit_id from plan_responsibility r join plan_task t"
                + " on t.id = r.task_id join plan_plan p on p.id = t.plan_id where p.doc_number = ?", Long.class, doc))
                .containsExactlyInAnyOrder(unit("市审计局"), unit("市发展改革委"), unit("市司法局"));
    }

    @Test
    void coordinatorCreatesOneUnitAndEveryOtherRowKeepsWhatWasChosenOrTyped() throws Exception {
        String created = newName();
        String other = newName();
        String doc = Notices.docNumber();
        String notice = Notices.notice(doc, "推进政务公开。提高质量。(责任单位:" + created + "、" + other + "、" + STAR + ")");
        String page = perform(mvc, post("/plans/import/preview").param("text", notice), 200);
        assertThat(page).contains("id=\"create-unit-0\"", "id=\"create-unit-1\"", "id=\"create-unit-2\"");

        // row 1 chosen, row 2 typed with a name that is no unit (failing), row 0 created
        page = perform(mvc, post("/plans/import/create-unit").param("token", token(page))
                .param("names", created, other, STAR).param("units", "", String.valueOf(unit("市审计局")), UNKNOWN)
                .param("kinds", "OTHER", "OTHER", "OTHER").param("create", "0"), 200);
        assertThat(page).contains("单位已新建", "<option value=\"" + unit("市审计局") + "\" selected",
                "<option value=\"" + UNKNOWN + "\" selected", "id=\"map-2-error\"", "单位名录中没有“" + UNKNOWN + "”")
                .doesNotContain("id=\"create-unit-0\"", "id=\"map-0-error\"", "id=\"map-1-error\"");
        assertThat(directory.find(unit(created)).orElseThrow().kind()).isEqualTo(UnitKind.OTHER);
        assertThat(plans(doc)).isZero();

        perform(mvc, post("/plans/import/save").param("token", token(page)).param("names", created, other, STAR)
                .param("units", "", String.valueOf(unit("市审计局")), "市司法局"), 302);
        assertThat(jdbc.queryForList("select distinct r.unit_id from plan_responsibility r join plan_task t"
                + " on t.id = r.task_id join plan_plan p on p.id = t.plan_id where p.doc_number = ?", Long.class, doc))
                .containsExactlyInAnyOrder(unit(created), unit("市审计局"), unit("市司法局"));
    }

    @Test
    void aUnitThatCannotBeCreatedShowsWhyInItsRowAndEveryRowKeepsItsText() throws Exception {
        String taken = newName();
        String other = newName();
        String doc = Notices.docNumber();
        String notice = Notices.notice(doc, "推进政务公开。提高质量。(责任单位:" + taken + "、" + other + ")");
        String page = perform(mvc, post("/plans/import/preview").param("text", notice), 200);
        registration.register(UnitKind.OTHER, taken); // meanwhile, in another tab

        page = perform(mvc, post("/plans/import/create-unit").param("token", token(page))
                .param("names", taken, other).param("units", "", UNKNOWN).param("kinds", "OTHER", "OTHER")
                .param("create", "0"), 200);
        assertThat(page).contains("id=\"map-0-error\"", "名称“" + taken + "”已被单位", "id=\"map-1-error\"",
                "<option value=\"" + UNKNOWN + "\" selected").doesNotContain("单位已新建");

        page = perform(mvc, post("/plans/import/create-unit").param("token", token(page))
                .param("names", taken, other).param("units", String.valueOf(unit("市审计局")), "")
                .param("kinds", "", "").param("create", "1"), 200);
        assertThat(page).contains("id=\"map-1-error\"", "请为“" + other + "”选择单位类型后再新建",
                "<option value=\"" + unit("市审计局") + "\" selected", "id=\"create-unit-1\"");
        assertThat(directory.resolve(other)).isNotInstanceOf(NameResolution.Resolved.class);
        assertThat(plans(doc)).isZero();
    }

    /** A unit name no registry has yet (the database may be kept between runs). */
    private static String newName() {
        String chars = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
        StringBuilder name = new StringBuilder("市");
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 6; i++) {
            name.append(chars.charAt(random.nextInt(chars.length())));
        }
        return name.append("事务局").toString();
    }

    @Test
    void aboveTheCapTheRowsAreTypedWithOneCappedListOfSuggestions() throws Exception {
        MockMvc small = MockMvcBuilders.standaloneSetup(new PlanImportController(imports, directory, registration,
                new UnitPicker(directory, 2))).setViewResolvers(views()).build();
        String notice = Notices.notice(Notices.docNumber(), "推进政务公开。提高质量。(责任单位:" + STAR + "、" + GALAXY + ")");
        String page = perform(small, post("/plans/import/preview").param("text", notice), 200);
        assertThat(page).containsPattern("<input type=\"text\" name=\"units\" id=\"map-0\"[^>]*list=\"map-choices\"")
                .containsPattern("<input type=\"text\" name=\"units\" id=\"map-1\"[^>]*list=\"map-choices\"")
                .contains("<datalist id=\"map-choices\">").doesNotContain("<select name=\"units\"");
        String list = page.substring(page.indexOf("<datalist id=\"map-choices\">"));
        assertThat(list.substring(0, list.indexOf("</datalist>")).split("<option", -1)).hasSize(3);
        assertThat(page.split("<datalist", -1)).hasSize(2);
    }

    /** The application's templates for a controller set up on its own (with a low cap). */
    private ThymeleafViewResolver views() {
        ThymeleafViewResolver views = new ThymeleafViewResolver();
        views.setTemplateEngine(templates);
        views.setCharacterEncoding("UTF-8");
        return views;
    }
}
