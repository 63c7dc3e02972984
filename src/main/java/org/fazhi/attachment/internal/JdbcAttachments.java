package org.fazhi.attachment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.fazhi.attachment.AttachmentProperties;
import org.fazhi.attachment.Attachments;
import org.fazhi.attachment.StoredFile;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachments in PostgreSQL ({@code attachment_file}), bytes and description in one row, so a file is saved
 * and rolled back with the caller's own changes.
 */
@Service
class JdbcAttachments implements Attachments {

    private static final String COLUMNS =
            "id, owner, file_name, kind, media_type, size, sha256, uploaded_by, uploaded_at";
    private static final int MAX_OWNER = 200;
    private static final int MAX_ACTOR = 100;

    private static final Logger log = LoggerFactory.getLogger(JdbcAttachments.class);

    private final JdbcTemplate jdbc;
    private final ContentInspector inspector;

    JdbcAttachments(JdbcTemplate jdbc, AttachmentProperties properties) {
        this.jdbc = jdbc;
        this.inspector = new ContentInspector(properties);
    }

    /** Joins the caller's transaction; a refused file writes nothing and does not spoil the caller's transaction. */
    @Override
    @Transactional(noRollbackFor = DomainException.class)
    public StoredFile store(String owner, String fileName, InputStream content, String actor) {
        require(owner, MAX_OWNER, "owner");
        require(actor, MAX_ACTOR, "actor");
        InspectedFile file = inspector.inspect(fileName, content);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Long id = jdbc.queryForObject("""
                INSERT INTO attachment_file (owner, file_name, kind, media_type, size, sha256, content, uploaded_by,
                                             uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, Long.class, owner, file.fileName(), file.kind().name(), file.kind().mediaType(),
                (long) file.content().length, file.sha256(), file.content(), actor, Timestamp.from(now));
        return new StoredFile(id, owner, file.fileName(), file.kind().name(), file.kind().mediaType(),
                file.content().length, file.sha256(), actor, now);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoredFile> of(String owner) {
        return jdbc.query("SELECT " + COLUMNS + " FROM attachment_file WHERE owner = ? ORDER BY uploaded_at, id",
                JdbcAttachments::row, owner);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredFile> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM attachment_file WHERE id = ?", JdbcAttachments::row, id)
                .stream().findFirst();
    }

    @Override
    @Transactional
    public boolean remove(String owner, long id, String actor) {
        require(actor, MAX_ACTOR, "actor");
        List<String> removed = jdbc.queryForList(
                "DELETE FROM attachment_file WHERE owner = ? AND id = ? RETURNING file_name || ' ' || sha256",
                String.class, owner, id);
        removed.forEach(file -> log.info("Attachment {} of {} removed by {}: {}", id, owner, actor, file));
        return !removed.isEmpty();
    }

    @Override
    @Transactional(readOnly = true)
    public void copyTo(long id, OutputStream out) {
        Boolean found = jdbc.query("SELECT content FROM attachment_file WHERE id = ?", rs -> {
            if (!rs.next()) {
                return false;
            }
            try (InputStream in = rs.getBinaryStream(1)) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        }, id);
        if (!Boolean.TRUE.equals(found)) {
            throw new NotFoundException("error.attachment.notFound", id);
        }
    }

    @Override
    public long maxBytes() {
        return inspector.maxBytes();
    }

    private static void require(String value, int maxLength, String what) {
        if (value == null || value.isBlank() || value.length() > maxLength) {
            throw new IllegalArgumentException(what + " must be 1–" + maxLength + " characters: " + value);
        }
    }

    private static StoredFile row(ResultSet rs, int n) throws SQLException {
        return new StoredFile(rs.getLong("id"), rs.getString("owner"), rs.getString("file_name"),
                rs.getString("kind"), rs.getString("media_type"), rs.getLong("size"), rs.getString("sha256"),
                rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }
}
