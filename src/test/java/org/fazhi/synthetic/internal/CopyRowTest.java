package org.fazhi.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Rows in PostgreSQL's COPY text format: separators, escapes and NULL. */
class CopyRowTest {

    @Test
    void separatesColumnsWithTabsAndEndsWithNewline() {
        assertThat(new CopyRow().number(7).text("市司法局").bool(true).bool(false).end()).isEqualTo("7\t市司法局\tt\tf\n");
    }

    @Test
    void escapesBackslashTabNewlineAndCarriageReturnInsideValues() {
        String row = new CopyRow().text("a\tb\nc\\d\re").end();
        assertThat(row).isEqualTo("a\\tb\\nc\\\\d\\re\n");
        assertThat(row.chars().filter(c -> c == '\t').count()).isZero();
        assertThat(row.indexOf('\n')).isEqualTo(row.length() - 1);
    }

    @Test
    void writesNullAsBackslashNAndKeepsTheLiteralTextApart() {
        assertThat(new CopyRow().text(null).number((Long) null).date(null).time(null).bytes(null).nul().end())
                .isEqualTo("\\N\t\\N\t\\N\t\\N\t\\N\t\\N\n");
        assertThat(new CopyRow().text("\\N").end()).isEqualTo("\\\\N\n");
    }

    @Test
    void writesDatesTimesInChinaStandardTimeAndBytesAsHex() {
        assertThat(new CopyRow().date(LocalDate.of(2025, 3, 31)).time(LocalDateTime.of(2025, 4, 1, 9, 5, 7, 123))
                .bytes(new byte[] {0, (byte) 0xff, 0x41}).end())
                .isEqualTo("2025-03-31\t2025-04-01 09:05:07+08\t\\\\x00ff41\n");
    }

    @Test
    void startsAfreshAfterEachRow() {
        CopyRow row = new CopyRow();
        row.text("first").text("row").end();
        assertThat(row.text("second").end()).isEqualTo("second\n");
    }
}
