-- 幂等提交 — the idempotency keys of report requests, scoped to (account, assignment) (issue #15, finding 2). The key
-- used to be one global unique column of progress_report: another unit sending the same key got that unit's report
-- back, and an honest collision was acknowledged without being stored. Now a key belongs to the account that sent it
-- and the assignment it was sent for; request_digest is the SHA-256 of what was sent, so a replay with other content
-- is refused instead of being answered with the first report. One row per request that wrote a report, in the same
-- transaction as the report itself (never an answer for a report that was not stored).
CREATE TABLE progress_report_request (
    account_id      BIGINT       NOT NULL,
    assignment_id   BIGINT       NOT NULL REFERENCES progress_assignment (id),
    idempotency_key VARCHAR(80)  NOT NULL,
    request_digest  CHAR(64),
    report_id       BIGINT       NOT NULL REFERENCES progress_report (id),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, assignment_id, idempotency_key)
);

-- Keys stored before this version keep answering their report for the account that wrote it; what they were sent
-- with is unknown (request_digest NULL), so any replay of such a key by that account gets that report, as before.
INSERT INTO progress_report_request (account_id, assignment_id, idempotency_key, request_digest, report_id, created_at)
SELECT a.id, r.assignment_id, r.idempotency_key, NULL, r.id, r.created_at
FROM progress_report r
JOIN identity_account a ON lower(a.username) = lower(r.author)
WHERE r.idempotency_key IS NOT NULL;

DROP INDEX progress_report_idempotency_uq;
ALTER TABLE progress_report DROP COLUMN idempotency_key;
