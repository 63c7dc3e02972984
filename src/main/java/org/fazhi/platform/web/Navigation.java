package org.fazhi.platform.web;

import java.util.List;
import java.util.Set;

/**
 * The navigation bar: each entry names the roles that see it. Modules add their pages here as they land.
 */
final class Navigation {

    /** One link: message key of its label, its path, and the authorities that see it (empty = everyone). */
    record Item(String labelKey, String path, Set<String> authorities) {
        boolean visibleTo(List<String> granted) {
            return authorities.isEmpty() || granted.stream().anyMatch(authorities::contains);
        }
    }

    private static final String SYS = "ROLE_SYSTEM_ADMIN";
    private static final String SEC = "ROLE_SECURITY_ADMIN";
    private static final String AUD = "ROLE_AUDIT_ADMIN";

    private static final List<Item> ITEMS = List.of(
            new Item("nav.home", "/", Set.of()),
            new Item("nav.plans", "/plans", Set.of("ROLE_COORDINATOR", "ROLE_CITY_LEADER")),
            new Item("dashboard.nav", "/dashboard", Set.of("ROLE_COORDINATOR", "ROLE_CITY_LEADER")),
            new Item("ledger.nav.myUnit", "/my-unit", Set.of("ROLE_UNIT_LIAISON", "ROLE_UNIT_LEADER")),
            new Item("nav.progress", "/progress", Set.of("ROLE_COORDINATOR", "ROLE_CITY_LEADER", "ROLE_UNIT_LIAISON",
                    "ROLE_UNIT_LEADER")),
            new Item("nav.review", "/progress/review", Set.of("ROLE_COORDINATOR")),
            new Item("nav.supervision", "/supervision", Set.of("ROLE_COORDINATOR", "ROLE_CITY_LEADER",
                    "ROLE_UNIT_LIAISON", "ROLE_UNIT_LEADER")),
            new Item("nav.import", "/plans/import", Set.of("ROLE_COORDINATOR")),
            new Item("reconsideration.nav", "/reconsideration", Set.of("ROLE_COORDINATOR", "ROLE_CITY_LEADER",
                    "ROLE_UNIT_LIAISON", "ROLE_UNIT_LEADER")),
            new Item("nav.disclosure", "/disclosure", Set.of("ROLE_COORDINATOR", "ROLE_CITY_LEADER",
                    "ROLE_UNIT_LIAISON", "ROLE_UNIT_LEADER")),
            new Item("nav.litigation", "/litigation", Set.of("ROLE_COORDINATOR", "ROLE_CITY_LEADER",
                    "ROLE_UNIT_LIAISON", "ROLE_UNIT_LEADER")),
            new Item("nav.units", "/admin/units", Set.of(SYS, "ROLE_COORDINATOR")),
            new Item("nav.calendar", "/calendar", Set.of()),
            new Item("nav.inbox", "/inbox", Set.of()),
            new Item("nav.calendarAdmin", "/admin/calendar", Set.of(SYS)),
            new Item("nav.accounts", "/admin/accounts", Set.of(SYS)),
            new Item("nav.roles", "/admin/roles", Set.of(SEC)),
            new Item("nav.audit", "/admin/audit", Set.of(AUD)));

    private Navigation() {
    }

    static List<Item> itemsFor(List<String> authorities) {
        return ITEMS.stream().filter(i -> i.visibleTo(authorities)).toList();
    }
}
