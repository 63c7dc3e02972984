-- 电子邮箱 — where the supervision module sends digests and immediate notices (optional).
ALTER TABLE identity_account ADD COLUMN email VARCHAR(254);
