package org.fazhi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class CalendarIT {

    private static final RequestPostProcessor LIAISON = user(FakeDeadlineSource.OWNER).roles("UNIT_LIAISON");
    private static final RequestPostProcessor SYSADMIN = user("calendar-it-admin").roles("SYSTEM_ADMIN");

    @Autowired
    MockMvc mvc;
    @Autowired
    CalendarManagement calendar;
    @Autowired
    FakeDeadlineSource source;
    @Autowired
    JdbcClient jdbc;

    @Test
    void monthPageMarksNationalDayAndItsMakeUpSaturday() throws Exception {
        String html = mvc.perform(get("/calendar").param("month", "2024-10").with(LIAISON))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("class=\"holiday\" id=\"day-2024-10-01\"", "国庆节",
                "class=\"makeup_workday\" id=\"day-2024-10-12\"").doesNotContain("assumed-warning");
    }

    @Test
    void monthOfAYearWithoutDataCarriesAVisibleWarning() throws Exception {
        mvc.perform(get("/calendar").param("month", "2033-03").with(LIAISON))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"assumed-warning\"")));
    }

    @Test
    void apiReturnsTheDeadlineWithItsExplanation() throws Exception {
        mvc.perform(get("/api/calendar/deadline").param("start", "2024-09-20").param("rule", "disclosure.reply")
                        .with(LIAISON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value("2024-10-23"))
                .andExpect(jsonPath("$.rule.article").value(33))
                .andExpect(jsonPath("$.legs[0].skippedDays.length()").value(13))
                .andExpect(jsonPath("$.legs[0].makeUpDaysCounted[0].date").value("2024-09-29"));
    }

    @Test
    void apiRefusesAnUnknownRuleWithItsMessageKey() throws Exception {
        mvc.perform(get("/api/calendar/deadline").param("start", "2024-09-20").param("rule", "nope").with(LIAISON))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.messageKey").value("error.calendar.rule.unknown"))
                .andExpect(jsonPath("$.detail").value("未知的期限规则：nope"));
    }

    @Test
    void explanationPageShowsTheRolledOverDeadline() throws Exception {
        String html = mvc.perform(get("/calendar/explain").param("start", "2025-08-04")
                        .param("rule", "reconsideration.decision").with(LIAISON))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"explain-deadline\">2025-10-09<", "行政复议法", "第62条第1款",
                "2025-10-03", "国庆节、中秋节");
    }

    @Test
    void explanationPageWarnsWhenAYearWasAssumedMondayToFriday() throws Exception {
        String html = mvc.perform(get("/calendar/explain").param("start", "2033-01-03")
                        .param("length", "10").param("unit", "WORKING_DAYS").with(LIAISON))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"explain-deadline\">2033-01-17<", "2033年尚无国务院节假日安排数据");
    }

    @Test
    void explanationPageShowsABadDateAsAMessage() throws Exception {
        String html = mvc.perform(get("/calendar/explain").param("start", "2024-13-45")
                        .param("rule", "disclosure.reply").param("lang", "en").with(LIAISON))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"calendar-error\"", "Cannot read the date &quot;2024-13-45&quot;");
    }

    @Test
    void explanationPageSpeaksEnglishWhenAsked() throws Exception {
        String html = mvc.perform(get("/calendar/explain").param("start", "2024-09-20")
                        .param("rule", "disclosure.reply").param("lang", "en").with(LIAISON))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Reply to a disclosure request", "Art. 33(2)", "20 working days counted",
                "Holiday (National Day)", "Weekend");
    }

    @Test
    void onlyTheSystemAdministratorMaintainsTheCalendar() throws Exception {
        mvc.perform(get("/admin/calendar").with(LIAISON)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/calendar").with(user("aud").roles("AUDIT_ADMIN"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/calendar").with(SYSADMIN)).andExpect(status().isOk());
    }

    @Test
    void contradictoryFileIsRefusedWithItsLineAndNothingChanges() throws Exception {
        String json = """
                {"year": 2032, "days": [
                  {"name": "春节", "date": "2032-02-07", "isOffDay": true},
                  {"name": "春节", "date": "2032-02-07", "isOffDay": false}
                ]}
                """;
        String html = mvc.perform(multipart("/admin/calendar").file(jsonFile(json)).with(csrf()).with(SYSADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"file-problems\"", "第3行", "2032-02-07");
        assertThat(calendar.calendar().isKnownYear(2032)).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_year WHERE year = 2032").query(Integer.class).single())
                .isZero();
    }

    @Test
    void addingAYearRecomputesOpenDeadlinesSurvivesReloadAndFeedsTheIcs() throws Exception {
        // Mon–Fri assumption: 5 working days from Fri 2031-01-03 end Fri 01-10; 01-06 off moves it to Mon 01-13.
        source.open.add(new TrackedDeadline("it:2031", "测试期限",
                DeadlineRequest.of(LocalDate.of(2031, 1, 3), Period.workingDays(5))));
        try {
            String json = """
                    {"year": 2031, "papers": ["https://www.gov.cn/test"], "days": [
                      {"name": "测试假日", "date": "2031-01-06", "isOffDay": true}
                    ]}
                    """;
            CalendarChanged changed = (CalendarChanged) mvc.perform(multipart("/admin/calendar").file(jsonFile(json))
                            .with(csrf()).with(SYSADMIN))
                    .andExpect(redirectedUrl("/admin/calendar")).andReturn().getFlashMap().get("changed");
            // other modules' open deadlines (e.g. reports of test plans for 2030) may move too; ours must be listed
            assertThat(changed.year()).isEqualTo(2031);
            assertThat(changed.moved()).filteredOn(m -> m.id().startsWith("it:"))
                    .containsExactly(new MovedDeadline("it:2031", LocalDate.of(2031, 1, 10), LocalDate.of(2031, 1, 13)));

            String page = mvc.perform(get("/admin/calendar").with(SYSADMIN).flashAttr("changed",
                            new CalendarChanged(2031, "calendar-it-admin", java.util.List.of(new MovedDeadline(
                                    "it:2031", LocalDate.of(2031, 1, 10), LocalDate.of(2031, 1, 13))))))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("id=\"calendar-change\"", "it:2031", "2031-01-10", "2031-01-13");

            calendar.reload();
            assertThat(calendar.calendar().isKnownYear(2031)).isTrue();
            assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2031, 1, 6))).isFalse();

            String ics = mvc.perform(get("/calendar/deadlines.ics").with(LIAISON))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(ics).contains("BEGIN:VCALENDAR", "UID:deadline-it:2031@fazhi", "DTSTART;VALUE=DATE:20310113");
            int year = LocalDate.now().getYear();
            if (calendar.calendar().isKnownYear(year)) {
                assertThat(ics).contains("UID:holiday-" + year + "-");
            }
        } finally {
            source.open.clear();
        }
    }

    @Test
    void singleDayFormAddsAHolidayAndRefusesAMakeUpDayOnAWeekday() throws Exception {
        mvc.perform(post("/admin/calendar/day").param("year", "2034").param("date", "2034-01-02")
                        .param("name", "元旦").param("change", "OFF").with(csrf()).with(SYSADMIN))
                .andExpect(redirectedUrl("/admin/calendar"));
        assertThat(calendar.calendar().day(LocalDate.of(2034, 1, 2)).holidayName()).isEqualTo("元旦");

        String html = mvc.perform(post("/admin/calendar/day").param("year", "2034").param("date", "2034-01-03")
                        .param("name", "元旦").param("change", "MAKEUP").with(csrf()).with(SYSADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"file-problems\"", "调休上班日2034-01-03应为周六或周日");
        assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2034, 1, 3))).isTrue();
    }

    @Test
    void administratorSetsAConfigurableRuleAndOpenDeadlinesUnderItMove() throws Exception {
        source.open.add(new TrackedDeadline("it:filing", "规范性文件备案",
                DeadlineRequest.of(LocalDate.of(2024, 3, 4), calendar.rules().get("normativedoc.filing"))));
        try {
            mvc.perform(post("/admin/calendar/rules").param("rule", "normativedoc.filing").param("length", "15")
                            .with(csrf()).with(SYSADMIN))
                    .andExpect(redirectedUrl("/admin/calendar"))
                    .andExpect(flash().attribute("ruleChanged", new StatuteRuleChanged("normativedoc.filing",
                            Period.calendarDays(30), Period.calendarDays(15), "calendar-it-admin",
                            java.util.List.of(new MovedDeadline("it:filing", LocalDate.of(2024, 4, 3),
                                    LocalDate.of(2024, 3, 19))))));
            calendar.reload();
            assertThat(calendar.rules().get("normativedoc.filing").period()).isEqualTo(Period.calendarDays(15));

            String html = mvc.perform(post("/admin/calendar/rules").param("rule", "reconsideration.decision")
                            .param("length", "90").with(csrf()).with(SYSADMIN))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).contains("为法定期限，不能修改");
            assertThat(calendar.rules().get("reconsideration.decision").period()).isEqualTo(Period.calendarDays(60));
        } finally {
            source.open.clear();
            org.fazhi.identity.TestAuth.runAs("calendar-it-admin", org.fazhi.identity.Role.SYSTEM_ADMIN,
                    () -> calendar.changeRuleLength("normativedoc.filing", 30, "calendar-it-admin"));
        }
    }

    @Test
    void secretFeedAddressServesTheAccountsIcsWithoutALoginUntilRevoked() throws Exception {
        var admin = user("admin").roles("SYSTEM_ADMIN");
        String url = (String) mvc.perform(post("/calendar/feed").with(csrf()).with(admin))
                .andExpect(redirectedUrl("/calendar/feed"))
                .andReturn().getFlashMap().get("feedUrl");
        String path = url.substring(url.indexOf("/calendar/feed/"));

        mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("BEGIN:VCALENDAR")));
        mvc.perform(get("/calendar/feed/" + "x".repeat(43) + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/deadlines.ics")).andExpect(status().is4xxClientError());

        mvc.perform(post("/calendar/feed/revoke").with(csrf()).with(admin)).andExpect(redirectedUrl("/calendar/feed"));
        mvc.perform(get(path)).andExpect(status().isNotFound());
    }

    private static MockMultipartFile jsonFile(String json) {
        return new MockMultipartFile("file", "year.json", "application/json", json.getBytes(StandardCharsets.UTF_8));
    }
}
