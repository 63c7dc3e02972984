package org.fazhi.platform.web;

import java.util.List;
import java.util.Set;

/**
 * The navigation bar: each entry names its group and the roles that see it. Modules add their pages here as they
 * land. Groups keep a coordinator's dozen-plus links readable (工作安排 / 执行督办 / 案件登记 / 系统管理); every link stays
 * visible, nothing hides behind a hover menu.
 */
final class Navigation {

    /** One link: its group, message key of its label, its path, and the authorities that see it (empty = all). */
    record Item(Group group, String labelKey, String path, Set<String> authorities) {
        boolean visibleTo(List<String> granted) {
            return authorities.isEmpty() || granted.stream().anyMatch(authorities::contains);
        }
    }

    /** The groups in the order they appear; {@code labelKey} null = no caption. */
    enum Group {
        GENERAL(null), PLANS("nav.group.plans"), EXECUTION("nav.group.execution"), REGISTERS("nav.group.registers"),
        ADMIN("nav.group.admin");

        private final String labelKey;

        Group(String labelKey) {
            this.labelKey = labelKey;
        }

        public String labelKey() {
            return labelKey;
        }
    }

    /** The links of one group that a user sees. */
    record Section(String labelKey, List<Item> items) {
    }

    private static final String SYS = "ROLE_SYSTEM_ADMIN";
    private static final String SEC = "ROLE_SECURITY_ADMIN";
    private static final String AUD = "ROLE_AUDIT_ADMIN";

    private static final Group G = Group.GENERAL;
    private static final Group P = Group.PLANS;
    private static final Group E = Group.EXECUTION;
    private static final Group R = Group.REGISTERS;
    private static final Group A = Group.ADMIN;

    private static final List<Item> ITEMS = List.of(
            new Item(G, "nav.home", "/", Set.of()),
            new Item(P, "nav.plans", "/plans", Set.of("ROLE_COORDINATOR", "ROLE_CITY_LEADER")),
            new Item(E, "dashboard.nav", "/dashboard", Set.of("ROLE_COORDINATOR", "ROLE_CITY_LEADER")),
            new Item(P, "ledger.nav.myUnit", "/my-unit", Set.of("ROLE_UNIT_LIAISON", "ROLE_UNIT_LEADER")),
            new Item(E, "nav.progress", "/progress", Set.of("ROLE_COORDINATOR", "ROLE_CITY_LEADER", "ROLE_UNIT_LIAISON",
                    "ROLE_UNIT_LEADER")),
            new Item(E, "nav.review", "/progress/review", Set.of("ROLE_COORDINATOR")),
            new Item(E, "nav.supervision", "/supervision", Set.of("ROLE_COORDINATOR", "ROLE_CITY_LEADER",
                    "ROLE_UNIT_LIAISON", "ROLE_UNIT_LEADER")),
            new Item(P, "nav.import", "/plans/import", Set.of("ROLE_COORDINATOR")),
            new Item(R, "reconsideration.nav", "/reconsideration", Set.of("ROLE_COORDINATOR", "ROLE_CITY_LEADER",
                    "ROLE_UNIT_LIAISON", "ROLE_UNIT_LEADER")),
            new Item(R, "nav.disclosure", "/disclosure", Set.of("ROLE_COORDINATOR", "ROLE_CITY_LEADER",
                    "ROLE_UNIT_LIAISON", "ROLE_UNIT_LEADER")),
            new Item(R, "nav.litigation", "/litigation", Set.of("ROLE_COORDINATOR", "ROLE_CITY_LEADER",
                    "ROLE_UNIT_LIAISON", "ROLE_UNIT_LEADER")),
            new Item(A, "nav.units", "/admin/units", Set.of(SYS, "ROLE_COORDINATOR")),
            new Item(G, "nav.calendar", "/calendar", Set.of()),
            new Item(G, "nav.inbox", "/inbox", Set.of()),
            new Item(A, "nav.calendarAdmin", "/admin/calendar", Set.of(SYS)),
            new Item(A, "nav.accounts", "/admin/accounts", Set.of(SYS)),
            new Item(A, "nav.roles", "/admin/roles", Set.of(SEC)),
            new Item(A, "nav.audit", "/admin/audit", Set.of(AUD)));

    private Navigation() {
    }

    static List<Item> itemsFor(List<String> authorities) {
        return ITEMS.stream().filter(i -> i.visibleTo(authorities)).toList();
    }

    /** The visible links by group, groups in their fixed order, empty groups left out. */
    static List<Section> sectionsFor(List<String> authorities) {
        List<Item> visible = itemsFor(authorities);
        return java.util.Arrays.stream(Group.values())
                .map(g -> new Section(g.labelKey(), visible.stream().filter(i -> i.group() == g).toList()))
                .filter(sec -> !sec.items().isEmpty()).toList();
    }
}
