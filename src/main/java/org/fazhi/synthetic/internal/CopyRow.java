package org.fazhi.synthetic.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * One row in PostgreSQL's COPY text format: columns separated by a tab, the row ended by a newline,
 * {@code \N} for NULL, and backslash, tab, newline and carriage return escaped inside values (PostgreSQL
 * documentation, COPY, "Text Format"). Timestamps are written in China Standard Time ({@code +08}).
 * The builder is reused row after row so a long load allocates little.
 */
public final class CopyRow {

    private static final HexFormat HEX = HexFormat.of();
    private final StringBuilder line = new StringBuilder(256);
    private boolean first = true;

    public CopyRow text(String value) {
        separate();
        if (value == null) {
            line.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
        return this;
    }

    public CopyRow number(long value) {
        separate();
        line.append(value);
        return this;
    }

    /** A nullable id or number. */
    public CopyRow number(Long value) {
        return value == null ? nul() : number(value.longValue());
    }

    public CopyRow bool(boolean value) {
        separate();
        line.append(value ? 't' : 'f');
        return this;
    }

    public CopyRow date(LocalDate value) {
        return value == null ? nul() : raw(value.toString());
    }

    public CopyRow time(LocalDateTime value) {
        if (value == null) {
            return nul();
        }
        separate();
        line.append(value.toLocalDate()).append(' ').append(value.toLocalTime().withNano(0)).append("+08");
        return this;
    }

    /** A bytea value in hex form ({@code \x…}, its backslash escaped for the text format). */
    public CopyRow bytes(byte[] value) {
        if (value == null) {
            return nul();
        }
        separate();
        line.append("\\\\x").append(HEX.formatHex(value));
        return this;
    }

    public CopyRow nul() {
        separate();
        line.append("\\N");
        return this;
    }

    /** The finished row with its newline; the builder is emptied for the next row. */
    public String end() {
        line.append('\n');
        String row = line.toString();
        line.setLength(0);
        first = true;
        return row;
    }

    private CopyRow raw(String value) {
        separate();
        line.append(value);
        return this;
    }

    private void separate() {
        if (!first) {
            line.append('\t');
        }
        first = false;
    }
}
