-- 日历订阅 — one secret per account for subscribing to its ICS feed from Outlook/WPS without a login.
-- Only the SHA-256 of the secret is stored; issuing a new one replaces (revokes) the old.
CREATE TABLE calendar_feed_token (
    username    VARCHAR(64)  PRIMARY KEY,
    token_hash  VARCHAR(64)  NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
