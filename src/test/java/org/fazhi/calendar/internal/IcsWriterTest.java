package org.fazhi.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IcsWriterTest {

    @Test
    void writesAllDayEventsWithExclusiveEndDateAndCrlfLines() {
        String ics = new IcsWriter("工作日历", Instant.parse("2024-09-01T00:00:00Z"))
                .allDayEvent("holiday-2024-10-01@fazhi", LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 7),
                        "节假日（国庆节）", null)
                .finish();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("DTSTART;VALUE=DATE:20241001\r\n", "DTEND;VALUE=DATE:20241008\r\n",
                "DTSTAMP:20240901T000000Z\r\n", "SUMMARY:节假日（国庆节）\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void escapesTextAndFoldsLongLinesWithoutSplittingCharacters() {
        String summary = "期限届满：关于某某单位行政复议案件的答复，以及证据材料；请按时提交。".repeat(3);
        String ics = new IcsWriter("x", Instant.EPOCH)
                .allDayEvent("u", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1), summary, "a,b;c\nd")
                .finish();
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + summary.replace(",", "\\,").replace(";", "\\;")
                .replace("，", "，"));
        assertThat(unfolded).contains("DESCRIPTION:a\\,b\\;c\\nd");
    }
}
