package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.platform.OtherInstance.within;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.fazhi.calendar.CalendarManagement;
import org.fazhi.identity.AccountPrincipal;
import org.fazhi.identity.CurrentUser;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitView;
import org.fazhi.organization.internal.NewUnit;
import org.fazhi.organization.internal.UnitRegistry;
import org.fazhi.plan.internal.PlanImportService;
import org.fazhi.plan.ledger.PlanSheets;
import org.fazhi.progress.internal.UnitPages;
import org.fazhi.progress.internal.UnitRow;
import org.fazhi.supervision.internal.Notifications;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Notices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two instances on one database: "instance B" (a plain JDBC connection, bypassing this application) changes a
 * plan's title, a unit's name and an assignment's sign-for state and announces the change as another instance
 * would. Until then this instance keeps what it cached; after it, the plan sheet, the name index and the unit
 * page show the new data within seconds; so does the working-day calendar for a year the other instance stored.
 */
@IntegrationTest
class CachesFollowOtherInstancesIT {

    @Autowired
    UnitRegistry registry;
    @Autowired
    UnitDirectory directory;
    @Autowired
    PlanImportService imports;
    @Autowired
    PlanSheets sheets;
    @Autowired
    UnitPages unitPages;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    CalendarManagement calendar;
    @Autowired
    DataSource dataSource;
    @Autowired
    Notifications notifications;

    @Test
    void planSheetNameIndexAndUnitPageShowWhatAnotherInstanceCommitted() throws Exception {
        String name = "多实例测试单位" + UUID.randomUUID().toString().substring(0, 8);
        long unit = registry.create(new NewUnit(UnitKind.OTHER, name, null, List.of(), null)).id();
        String notice = Notices.notice(Notices.docNumber(), "开展多实例测试。(牵头单位:" + name + ")");
        long plan = imports.save(notice.getBytes(StandardCharsets.UTF_8), "t.txt", Map.of(), "coordinator");
        CurrentUser coordinator = ((AccountPrincipal) accounts.loadUserByUsername("coordinator")).user();

        String title = sheets.of(plan).title();
        assertThat(directory.find(unit)).map(UnitView::fullName).contains(name);
        assertThat(unitPages.rows(coordinator, unit, Locale.CHINA)).extracting(UnitRow::sign).containsExactly("待签收");

        try (OtherInstance other = new OtherInstance(dataSource)) {
            other.update("UPDATE plan_plan SET title = ? WHERE id = ?", title + "（修订）", plan)
                    .update("UPDATE org_unit SET full_name = ? WHERE id = ?", name + "（更名）", unit)
                    .update("UPDATE progress_assignment SET sign_state = 'SIGNED', signed_at = now() WHERE unit_id = ?",
                            unit)
                    .commit();
            assertThat(sheets.of(plan).title()).as("kept until announced").isEqualTo(title);
            assertThat(directory.find(unit)).map(UnitView::fullName).contains(name);
            assertThat(unitPages.rows(coordinator, unit, Locale.CHINA)).extracting(UnitRow::sign)
                    .containsExactly("待签收");

            other.notify(OtherInstance.ID, Changes.PLAN).notify(OtherInstance.ID, Changes.ORGANIZATION)
                    .notify(OtherInstance.ID, Changes.PROGRESS).commit();
        }
        Duration deadline = Duration.ofSeconds(10);
        assertThat(within(deadline, () -> sheets.of(plan).title().equals(title + "（修订）"))).isTrue();
        assertThat(within(deadline, () -> directory.find(unit).map(UnitView::fullName).orElseThrow()
                .equals(name + "（更名）"))).isTrue();
        assertThat(within(deadline, () -> unitPages.rows(coordinator, unit, Locale.CHINA).get(0).sign()
                .equals("已签收"))).isTrue();
    }

    @Test
    void theCalendarFollowsAYearAnotherInstanceStoredAndRemoved() throws Exception {
        int year = 2099;
        assertThat(calendar.calendar().knownYears()).doesNotContain(year);
        String json = "{\"year\": 2099, \"papers\": [], \"days\": [{\"name\": \"测试\", \"date\": \"2099-01-02\", "
                + "\"isOffDay\": true}]}";
        try (OtherInstance other = new OtherInstance(dataSource)) {
            other.update("INSERT INTO calendar_year (year, source_json, updated_by, updated_at) VALUES (?, ?, 'b', now())",
                    year, json).notify(OtherInstance.ID, Changes.CALENDAR).commit();
            assertThat(within(Duration.ofSeconds(10), () -> calendar.calendar().knownYears().contains(year))).isTrue();
            // and back: the other tests never see the year
            other.update("DELETE FROM calendar_year WHERE year = ?", year).notify(OtherInstance.ID, Changes.CALENDAR)
                    .commit();
            assertThat(within(Duration.ofSeconds(10), () -> !calendar.calendar().knownYears().contains(year))).isTrue();
        }
    }

    @Test
    void theUnreadCountFollowsAnEntryAnotherInstanceWrote() throws Exception {
        String reader = "b-reader-" + UUID.randomUUID();
        assertThat(notifications.unread(reader)).isZero();
        try (OtherInstance other = new OtherInstance(dataSource)) {
            other.update("INSERT INTO supervision_notification (recipient, kind, title_key, title_args, body)"
                    + " VALUES (?, 'URGE', 'supervision.notice.urge', ARRAY['x', 'y', '1'], '')", reader).commit();
            assertThat(notifications.unread(reader)).as("kept until announced").isZero();
            other.notify(OtherInstance.ID, "inbox").commit();
        }
        assertThat(within(Duration.ofSeconds(10), () -> notifications.unread(reader) == 1)).isTrue();
    }
}
