package org.fazhi.progress.internal;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.fazhi.identity.CurrentUser;
import org.fazhi.platform.DomainException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * 幂等提交 — the idempotency keys of report requests (the API's {@code Idempotency-Key} header, a form's hidden key).
 * A key belongs to the account that sent it and the assignment it was sent for: the same key from another account
 * or for another assignment is another request, so one unit never gets another unit's report by sending its key
 * (GB/T 22239-2019 8.1.4.2 access control). A replay with the same content answers the report the first request
 * wrote; a replay with other content is refused and stores nothing (8.1.4.8 data integrity: no request is silently
 * taken for another). Rows are written in the transaction that writes the report, so no key ever answers a report
 * that was not stored; the assignment's row lock serialises the requests of one assignment.
 */
@Repository
class ReportRequests {

    /** The longest key kept (the column's size); a longer one is refused, never cut. */
    static final int MAX_KEY_LENGTH = 80;

    /** An earlier request with the key: the report it wrote and its digest ({@code null}: stored before V31). */
    private record Earlier(long reportId, String digest) {
    }

    private final JdbcTemplate jdbc;

    ReportRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The key as sent, or {@code null} when none; refused when longer than {@value #MAX_KEY_LENGTH}. */
    static String key(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new DomainException("error.progress.report.keyTooLong", MAX_KEY_LENGTH);
        }
        return key;
    }

    /**
     * The report an earlier request of {@code user} with {@code key} for this assignment wrote, when this is its
     * replay; refused ({@code error.progress.report.keyReused}) when the earlier request was sent with other content.
     * Call with the assignment locked.
     */
    Optional<Long> replayed(CurrentUser user, long assignmentId, String key, String digest) {
        Optional<Earlier> earlier = jdbc.query("select report_id, request_digest from progress_report_request "
                        + "where account_id = ? and assignment_id = ? and idempotency_key = ?",
                (rs, i) -> new Earlier(rs.getLong(1), rs.getString(2)), user.accountId(), assignmentId, key)
                .stream().findFirst();
        if (earlier.isPresent() && earlier.get().digest() != null && !earlier.get().digest().equals(digest)) {
            throw new DomainException("error.progress.report.keyReused");
        }
        return earlier.map(Earlier::reportId);
    }

    /** Records that {@code user}'s request with {@code key} wrote {@code reportId} (in the report's transaction). */
    void remember(CurrentUser user, long assignmentId, String key, String digest, long reportId) {
        jdbc.update("insert into progress_report_request (account_id, assignment_id, idempotency_key, request_digest, "
                + "report_id) values (?,?,?,?,?)", user.accountId(), assignmentId, key, digest, reportId);
    }

    /** SHA-256 of everything the request asks for, evidence files by name and content, in one fixed order. */
    static String digest(Reporting.Draft d) {
        MessageDigest sha = sha256();
        try (DataOutputStream out = new DataOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), sha))) {
            out.writeLong(d.assignmentId());
            for (Object field : new Object[] {d.periodKey(), d.status(), d.lateReason(), d.doneText(), d.nextSteps(),
                    d.percent(), d.submit(), d.draftVersion()}) {
                text(out, field == null ? null : field.toString());
            }
            for (Reporting.Upload file : d.files() == null ? List.<Reporting.Upload>of() : d.files()) {
                text(out, file.fileName());
                try (InputStream in = file.content().getInputStream()) {
                    out.write(sha256Of(in));
                } catch (IOException e) {
                    throw new DomainException("error.progress.report.uploadFailed", String.valueOf(file.fileName()));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e); // a stream to nowhere does not fail
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A field with its length first, so that ("ab", "c") and ("a", "bc") differ; -1 for none. */
    private static void text(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] sha256Of(InputStream in) throws IOException {
        MessageDigest sha = sha256();
        try (DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            in.transferTo(out);
        }
        return sha.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
