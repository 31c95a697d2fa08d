-- Legal aid the Legal Aid Law's way (issue 27): the centre's decision (accepted, declined with
-- reasons, or materials needed — asked for all at once, the 7 days restarting when they arrive),
-- the lawyer (within 3 days of acceptance, or before the decision when urgent: art. 44) and the
-- outcome; art. 42's waived hardship check. Transfers of a case between communities.
ALTER TABLE legal_aid_referral ADD COLUMN hardship_check_waived BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE legal_aid_referral ADD COLUMN materials TEXT NULL;
ALTER TABLE legal_aid_referral ADD COLUMN materials_asked_at DATETIME(6) NULL;
ALTER TABLE legal_aid_referral ADD COLUMN materials_arrived_at DATETIME(6) NULL;
ALTER TABLE legal_aid_referral ADD COLUMN decision VARCHAR(16) NULL;
ALTER TABLE legal_aid_referral ADD COLUMN decision_reason TEXT NULL;
ALTER TABLE legal_aid_referral ADD COLUMN reason_code VARCHAR(16) NULL;
ALTER TABLE legal_aid_referral ADD COLUMN decided_by VARCHAR(255) NULL;
ALTER TABLE legal_aid_referral ADD COLUMN decided_at DATETIME(6) NULL;
ALTER TABLE legal_aid_referral ADD COLUMN lawyer VARCHAR(100) NULL;
ALTER TABLE legal_aid_referral ADD COLUMN firm VARCHAR(200) NULL;
ALTER TABLE legal_aid_referral ADD COLUMN lawyer_at DATETIME(6) NULL;
ALTER TABLE legal_aid_referral ADD COLUMN early_aid VARCHAR(24) NULL;
ALTER TABLE legal_aid_referral ADD COLUMN outcome TEXT NULL;
ALTER TABLE legal_aid_referral ADD COLUMN concluded_at DATETIME(6) NULL;
CREATE INDEX idx_referral_status ON legal_aid_referral (status, referred_at);
CREATE INDEX idx_referral_decided ON legal_aid_referral (decided_at);

CREATE TABLE case_transfer (
  id               VARCHAR(36)  NOT NULL,
  case_id          VARCHAR(36)  NOT NULL,
  from_community   VARCHAR(12)  NOT NULL,
  to_community     VARCHAR(12)  NOT NULL,
  reason           TEXT         NULL,
  status           VARCHAR(16)  NOT NULL,
  requested_by     VARCHAR(255) NOT NULL,
  requested_at     DATETIME(6)  NOT NULL,
  decided_by       VARCHAR(255) NULL,
  decided_at       DATETIME(6)  NULL,
  decision_reason  TEXT         NULL,
  PRIMARY KEY (id),
  KEY idx_transfer_case (case_id),
  KEY idx_transfer_to (status, to_community),
  CONSTRAINT fk_transfer_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
