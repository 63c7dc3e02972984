package org.fazhi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NavigationTest {

    private static List<String> paths(List<Navigation.Section> sections) {
        return sections.stream().flatMap(s -> s.items().stream()).map(Navigation.Item::path).toList();
    }

    @Test
    void theOfficeSeesItsLinksInGroupsWithCaptions() {
        List<Navigation.Section> office = Navigation.sectionsFor(List.of("ROLE_COORDINATOR"));
        assertThat(office).extracting(Navigation.Section::labelKey)
                .containsExactly(null, "nav.group.plans", "nav.group.execution", "nav.group.registers",
                        "nav.group.admin");
        assertThat(paths(office)).contains("/dashboard", "/progress/review", "/reconsideration", "/admin/units")
                .doesNotContain("/admin/accounts", "/my-unit");
    }

    @Test
    void aUnitLiaisonAndTheAuditorSeeOnlyTheirGroups() {
        assertThat(paths(Navigation.sectionsFor(List.of("ROLE_UNIT_LIAISON"))))
                .contains("/my-unit", "/progress", "/litigation").doesNotContain("/dashboard", "/plans/import");
        List<Navigation.Section> auditor = Navigation.sectionsFor(List.of("ROLE_AUDIT_ADMIN"));
        assertThat(auditor).extracting(Navigation.Section::labelKey).containsExactly(null, "nav.group.admin");
        assertThat(paths(auditor)).containsExactly("/", "/calendar", "/inbox", "/admin/audit");
    }
}
