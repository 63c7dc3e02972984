-- 台账 full-text search: a trigram index over a task's title and text, so ILIKE '%…%' (Chinese included)
-- does not scan every task. The expression must match LedgerSearch's query exactly.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX plan_task_text_trgm_idx ON plan_task USING gin ((title || ' ' || body) gin_trgm_ops);
