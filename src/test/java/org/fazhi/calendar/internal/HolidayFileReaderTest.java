package org.fazhi.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.calendar.CalendarFileException;
import org.fazhi.calendar.CalendarFileProblem;
import org.fazhi.calendar.HolidayEntry;
import org.fazhi.calendar.HolidayYear;
import org.junit.jupiter.api.Test;

class HolidayFileReaderTest {

    private static List<CalendarFileProblem> problemsOf(String json) {
        return catchThrowableOfType(CalendarFileException.class, () -> HolidayFileReader.read(json)).problems();
    }

    @Test
    void readsAYearInTheHolidayCnFormat() {
        HolidayYear year = HolidayFileReader.read("""
                {"$schema": "x", "year": 2027, "papers": ["https://www.gov.cn/x"],
                 "days": [
                   {"name": "元旦", "date": "2026-12-31", "isOffDay": true},
                   {"name": "春节", "date": "2027-02-06", "isOffDay": false}
                 ]}
                """);
        assertThat(year.year()).isEqualTo(2027);
        assertThat(year.papers()).containsExactly("https://www.gov.cn/x");
        assertThat(year.days()).containsExactly(
                new HolidayEntry(LocalDate.of(2026, 12, 31), "元旦", true),
                new HolidayEntry(LocalDate.of(2027, 2, 6), "春节", false));
    }

    @Test
    void ignoresTheByteOrderMarkNotepadWrites() {
        HolidayYear year = HolidayFileReader.read(new java.io.ByteArrayInputStream(
                "\uFEFF{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true}]}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(year.days()).hasSize(1);
    }

    @Test
    void everyBundledFilePassesValidation() {
        assertThat(BundledCalendarData.years()).extracting(HolidayYear::year)
                .containsExactly(2021, 2022, 2023, 2024, 2025, 2026);
    }

    @Test
    void refusesBadJsonWithTheLineAtFault() {
        List<CalendarFileProblem> problems = problemsOf("{\n\"year\": 2027,\n\"days\": [\n{\"name\": \"元旦\",,}\n]}");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("error.calendar.file.malformed");
            assertThat(p.line()).isEqualTo(4);
        });
    }

    @Test
    void refusesADateThatIsBothHolidayAndMakeUpDayNamingBothLines() {
        List<CalendarFileProblem> problems = problemsOf("""
                {"year": 2027, "days": [
                  {"name": "春节", "date": "2027-02-06", "isOffDay": true},
                  {"name": "春节", "date": "2027-02-06", "isOffDay": false}
                ]}
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("error.calendar.day.contradictory");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.date()).isEqualTo("2027-02-06");
            assertThat(p.args()).containsExactly("3", "2027-02-06", "2");
        });
    }

    @Test
    void refusesDatesOutsideTheYearButAllowsLateDecemberOfThePreviousYear() {
        List<CalendarFileProblem> problems = problemsOf("""
                {"year": 2027, "days": [
                  {"name": "元旦", "date": "2026-12-31", "isOffDay": true},
                  {"name": "国庆节", "date": "2026-10-01", "isOffDay": true},
                  {"name": "元旦", "date": "2028-01-01", "isOffDay": true}
                ]}
                """);
        assertThat(problems).extracting(CalendarFileProblem::messageKey)
                .containsExactly("error.calendar.day.outsideYear", "error.calendar.day.outsideYear");
        assertThat(problems).extracting(CalendarFileProblem::line).containsExactly(3, 4);
    }

    @Test
    void reportsEveryFaultInOneGo() {
        List<CalendarFileProblem> problems = problemsOf("""
                {"year": 2027, "days": [
                  {"name": "春节", "date": "2027-02-30", "isOffDay": true},
                  {"date": "2027-02-08", "isOffDay": true},
                  {"name": "春节", "date": "2027-02-09"},
                  {"name": "春节", "date": "2027-02-10", "isOffDay": false}
                ]}
                """);
        assertThat(problems).extracting(CalendarFileProblem::messageKey).containsExactly(
                "error.calendar.day.dateInvalid", "error.calendar.day.nameMissing",
                "error.calendar.day.offDayMissing", "error.calendar.day.makeUpOnWeekday");
        assertThat(problems).extracting(CalendarFileProblem::line).containsExactly(2, 3, 4, 5);
    }

    @Test
    void refusesAFileWithoutYearOrDays() {
        assertThat(problemsOf("{\"papers\": []}")).extracting(CalendarFileProblem::messageKey)
                .containsExactly("error.calendar.file.yearMissing", "error.calendar.file.daysMissing");
        assertThat(problemsOf("[1, 2]")).extracting(CalendarFileProblem::messageKey)
                .containsExactly("error.calendar.file.notObject");
        assertThat(problemsOf("")).extracting(CalendarFileProblem::messageKey)
                .containsExactly("error.calendar.file.notObject");
    }

    @Test
    void refusesAYearTheCalendarCannotHold() {
        assertThat(problemsOf("{\"year\": 1900, \"days\": [{\"name\": \"x\", \"date\": \"1900-01-01\", \"isOffDay\": true}]}"))
                .extracting(CalendarFileProblem::messageKey).containsExactly("error.calendar.file.yearUnsupported");
    }
}
