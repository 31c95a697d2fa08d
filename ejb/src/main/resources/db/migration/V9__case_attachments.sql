-- The files of cases (API.md "Attachments"): what the case knows of each; the bytes are in the
-- attachments folder, encrypted, named by the id. Never deleted: a wrong upload is withdrawn.
-- Name, note and reason are sealed with the data key (TEXT: a sealed value is longer than its text).
CREATE TABLE case_attachment (
  id               VARCHAR(36)   NOT NULL,
  case_id          VARCHAR(36)   NOT NULL,
  file_name        TEXT          NOT NULL,
  label            VARCHAR(32)   NOT NULL,
  note             TEXT          NULL,
  content_type     VARCHAR(64)   NOT NULL,
  size_bytes       BIGINT        NOT NULL,
  sha256           VARCHAR(64)   NOT NULL,
  uploaded_by      VARCHAR(255)  NOT NULL,
  uploaded_at      DATETIME(6)   NOT NULL,
  legal_aid_shared BOOLEAN       NOT NULL DEFAULT FALSE,
  withdrawn_by     VARCHAR(255)  NULL,
  withdrawn_at     DATETIME(6)   NULL,
  withdrawn_reason TEXT          NULL,
  PRIMARY KEY (id),
  KEY idx_attachment_case (case_id),
  CONSTRAINT fk_attachment_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
