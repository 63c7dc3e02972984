-- The language of a user's e-mails (digest and immediate): zh-CN (default) or en.
ALTER TABLE supervision_preference ADD COLUMN language VARCHAR(8) NOT NULL DEFAULT 'zh-CN';
ALTER TABLE supervision_preference ADD CONSTRAINT supervision_preference_language CHECK (language IN ('zh-CN', 'en'));
