-- Personal data is stored encrypted (AES-GCM, base64, key version in front): wider columns.
-- Persons are found by keyed hashes (HMAC) of ID number, name, and name with birth date.
-- Databases of earlier versions hold plaintext in these columns: start them afresh.
ALTER TABLE person MODIFY COLUMN full_name VARCHAR(1024) NOT NULL;
ALTER TABLE person MODIFY COLUMN id_number VARCHAR(256) NULL;
ALTER TABLE person MODIFY COLUMN phone VARCHAR(256) NULL;
ALTER TABLE person MODIFY COLUMN address VARCHAR(2000) NULL;
ALTER TABLE person ADD COLUMN id_hash VARCHAR(64) NULL;
ALTER TABLE person ADD COLUMN name_hash VARCHAR(64) NULL;
ALTER TABLE person ADD COLUMN name_birth_hash VARCHAR(64) NULL;
CREATE INDEX idx_person_id_hash ON person (id_hash);
CREATE INDEX idx_person_name_hash ON person (name_hash);
CREATE INDEX idx_person_name_birth_hash ON person (name_birth_hash);
ALTER TABLE case_file MODIFY COLUMN reporter_name VARCHAR(1024) NULL;
ALTER TABLE case_file MODIFY COLUMN reporter_phone VARCHAR(256) NULL;
ALTER TABLE case_file MODIFY COLUMN referred_to VARCHAR(1024) NULL;
