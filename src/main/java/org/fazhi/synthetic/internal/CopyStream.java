package org.fazhi.synthetic.internal;

import org.fazhi.synthetic.TableCount;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Streams rows into one {@code COPY table (columns) FROM STDIN} through the JDBC driver's {@link CopyManager}:
 * rows are encoded into a 256 KB buffer that is sent whenever it fills, so memory stays flat however many
 * rows a table gets. Only one COPY may be open on a connection at a time.
 */
final class CopyStream implements AutoCloseable {

    private static final int BUFFER = 256 * 1024;

    private final CopyIn copy;
    private final String table;
    private final byte[] buffer = new byte[BUFFER];
    private final long started = System.nanoTime();
    private int used;
    private long rows;
    private boolean done;

    CopyStream(CopyManager manager, String table, String columns) throws SQLException {
        this.table = table;
        this.copy = manager.copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
    }

    void write(String row) throws SQLException {
        byte[] bytes = row.getBytes(StandardCharsets.UTF_8);
        if (used + bytes.length > BUFFER) {
            flush();
        }
        if (bytes.length > BUFFER) {
            copy.writeToCopy(bytes, 0, bytes.length);
        } else {
            System.arraycopy(bytes, 0, buffer, used, bytes.length);
            used += bytes.length;
        }
        rows++;
    }

    /** Ends the COPY and returns what was written. */
    TableCount finish() throws SQLException {
        flush();
        copy.endCopy();
        done = true;
        return new TableCount(table, rows, (System.nanoTime() - started) / 1_000_000);
    }

    private void flush() throws SQLException {
        if (used > 0) {
            copy.writeToCopy(buffer, 0, used);
            used = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        if (!done && copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
