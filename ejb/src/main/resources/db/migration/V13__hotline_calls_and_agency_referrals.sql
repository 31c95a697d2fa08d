-- The hotlines (issue 22): the 12338 / 12349 call log, referrals to other agencies with a time limit
-- (for calls and for cases), and the women's-rights complaint steps.

-- Call numbers RX-<year>-<6 digits>, gap-free per year like case numbers.
CREATE TABLE call_number_counter (
  counter_year INT NOT NULL,
  issued       INT NOT NULL,
  PRIMARY KEY (counter_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO call_number_counter (counter_year, issued)
  SELECT counter_year, 0 FROM case_number_counter;

-- A call; the caller's name, phone, request and advice are sealed. The phone's keyed hash
-- recognises a repeat caller without the number. district = the hotline's district (scope of
-- operators and caseworkers); jurisdiction = where the caller is, when she said (supervisors).
CREATE TABLE hotline_call (
  id                VARCHAR(36)  NOT NULL,
  call_number       VARCHAR(20)  NOT NULL,
  line              VARCHAR(8)   NOT NULL,
  started_at        DATETIME(6)  NOT NULL,
  duration_seconds  INT          NULL,
  caller_anonymous  BOOLEAN      NOT NULL,
  caller_name       TEXT         NULL,
  caller_phone      TEXT         NULL,
  caller_phone_hash VARCHAR(64)  NULL,
  caller_sex        VARCHAR(1)   NULL,
  caller_role       VARCHAR(16)  NULL,
  caller_age        INT          NULL,
  category          VARCHAR(32)  NOT NULL,
  urgent            BOOLEAN      NOT NULL,
  district          VARCHAR(12)  NOT NULL,
  jurisdiction      VARCHAR(12)  NULL,
  request_text      TEXT         NULL,
  advice            TEXT         NULL,
  outcome           VARCHAR(12)  NOT NULL,
  case_id           VARCHAR(36)  NULL,
  case_number       VARCHAR(20)  NULL,
  call_back_at      DATETIME(6)  NULL,
  called_back_at    DATETIME(6)  NULL,
  called_back_by    VARCHAR(255) NULL,
  handed_from       VARCHAR(8)   NULL,
  handed_at         DATETIME(6)  NULL,
  handed_by         VARCHAR(255) NULL,
  taken_by          VARCHAR(255) NOT NULL,
  created_at        DATETIME(6)  NOT NULL,
  version           BIGINT       NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_call_number (call_number),
  UNIQUE KEY uq_call_case (case_id),
  KEY idx_call_started (district, started_at),
  KEY idx_call_phone (caller_phone_hash),
  KEY idx_call_back (call_back_at, called_back_at),
  CONSTRAINT fk_call_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A referral to another agency (分级处理、限时办结), from a call or from a case of any kind: the
-- answer is due at due_at; escalated_at marks the one chase (督办) of an unanswered call referral
-- (a case's goes through its REFERRAL_ANSWER deadline).
CREATE TABLE agency_referral (
  id            VARCHAR(36)  NOT NULL,
  origin        VARCHAR(4)   NOT NULL,
  origin_id     VARCHAR(36)  NOT NULL,
  origin_number VARCHAR(20)  NOT NULL,
  district      VARCHAR(12)  NOT NULL,
  agency        VARCHAR(32)  NOT NULL,
  unit_name     VARCHAR(200) NULL,
  asked         TEXT         NULL,
  referred_at   DATETIME(6)  NOT NULL,
  due_at        DATETIME(6)  NOT NULL,
  answered_at   DATETIME(6)  NULL,
  answer        TEXT         NULL,
  answered_by   VARCHAR(255) NULL,
  escalated_at  DATETIME(6)  NULL,
  created_by    VARCHAR(255) NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  version       BIGINT       NOT NULL,
  PRIMARY KEY (id),
  KEY idx_referral_origin (origin, origin_id),
  KEY idx_referral_due (answered_at, escalated_at, due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The women's-rights complaint path: advice, mediation, outcome (what was said is sealed).
CREATE TABLE complaint_step (
  id          VARCHAR(36)  NOT NULL,
  case_id     VARCHAR(36)  NOT NULL,
  step_type   VARCHAR(12)  NOT NULL,
  at_time     DATETIME(6)  NOT NULL,
  notes       TEXT         NULL,
  result      VARCHAR(20)  NULL,
  recorded_by VARCHAR(255) NOT NULL,
  recorded_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY idx_step_case (case_id),
  CONSTRAINT fk_step_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
