-- Rehabilitation grants' priority groups (低保, 特困, orphan) and, for an orphan, the support file
-- of her orphan-support case (issue 26).
ALTER TABLE rehab_grant ADD COLUMN priority VARCHAR(40) NULL;
ALTER TABLE rehab_grant ADD COLUMN support_file_id VARCHAR(36) NULL;
