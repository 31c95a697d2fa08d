-- Legal aid reads a case only once it was shared with legal aid with the person's consent or a
-- stated legal basis (API.md "Cases", turn 2). Referrals recorded before without consent no longer
-- open the case.
ALTER TABLE case_file ADD COLUMN legal_aid_shared BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE case_file SET legal_aid_shared = TRUE
 WHERE id IN (SELECT case_id FROM legal_aid_referral WHERE consent = TRUE);

-- Why a referral may go ahead without consent (Legal Aid Law art. 40, 44), and whether the
-- economic-hardship test is waived for it (art. 32).
ALTER TABLE legal_aid_referral ADD COLUMN consent_basis VARCHAR(32) NULL;
ALTER TABLE legal_aid_referral ADD COLUMN means_test_exempt BOOLEAN NOT NULL DEFAULT FALSE;

-- Break-glass reads granted per user and day (Asia/Shanghai): the row is locked while a read is
-- granted, so that concurrent requests never pass the daily limit.
CREATE TABLE break_glass_use (
  username  VARCHAR(255) NOT NULL,
  use_day   DATE         NOT NULL,
  used      INT          NOT NULL,
  PRIMARY KEY (username, use_day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
