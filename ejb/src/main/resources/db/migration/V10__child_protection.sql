-- Child protection as directors and supervisors work it (issue 19): police notifications, safety and
-- risk assessments with their review, placements, the case plan; and what the case core gains for
-- every kind: codes on timeline events (shown as labels), deadlines a kind keeps (by reference),
-- who was present at a visit and whether the child was seen alone.

-- The codes an event keeps (statuses of a move, a channel, a visit mode …), apart from its text.
ALTER TABLE case_event ADD COLUMN codes VARCHAR(255) NULL;

-- What a deadline a case kind keeps is about (a plan action's id).
ALTER TABLE case_deadline ADD COLUMN ref VARCHAR(36) NULL;

ALTER TABLE case_visit ADD COLUMN present TEXT NULL;
ALTER TABLE case_visit ADD COLUMN seen_alone BOOLEAN NULL;

-- 报警: the police were told (Minors Protection Law art. 11; the 2020 opinion). Station and the
-- police's reference number; several notifications may be recorded.
CREATE TABLE police_notification (
  id           VARCHAR(36)  NOT NULL,
  case_id      VARCHAR(36)  NOT NULL,
  notified_at  DATETIME(6)  NOT NULL,
  station      VARCHAR(200) NOT NULL,
  reference    VARCHAR(100) NULL,
  recorded_by  VARCHAR(255) NOT NULL,
  recorded_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY idx_police_case (case_id),
  CONSTRAINT fk_police_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- An assessment with an instrument (CP_SAFETY_RISK …): the answers and notes sealed, the level and
-- the scores per group plain (counted by the indicators), the review. Never overwritten: a
-- re-assessment is a new row.
CREATE TABLE case_assessment (
  id             VARCHAR(36)  NOT NULL,
  case_id        VARCHAR(36)  NOT NULL,
  instrument     VARCHAR(40)  NOT NULL,
  answers        TEXT         NOT NULL,
  scores         VARCHAR(255) NOT NULL,
  risk_level     VARCHAR(16)  NOT NULL,
  notes          TEXT         NULL,
  status         VARCHAR(16)  NOT NULL,
  assessed_by    VARCHAR(255) NOT NULL,
  assessed_at    DATETIME(6)  NOT NULL,
  reviewed_by    VARCHAR(255) NULL,
  reviewed_at    DATETIME(6)  NULL,
  review_reason  TEXT         NULL,
  version        BIGINT       NOT NULL,
  PRIMARY KEY (id),
  KEY idx_assessment_case (case_id, assessed_at),
  KEY idx_assessment_status (status, assessed_at),
  CONSTRAINT fk_assessment_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Where a child lives while the case lasts: temporary guardianship by civil affairs (临时监护,
-- Minors Protection Law art. 92), kinship, foster, institution, medical. The place is sealed and
-- shown to the case's handlers only.
CREATE TABLE placement (
  id           VARCHAR(36)  NOT NULL,
  case_id      VARCHAR(36)  NOT NULL,
  kind         VARCHAR(32)  NOT NULL,
  place        TEXT         NOT NULL,
  from_date    DATE         NOT NULL,
  to_date      DATE         NULL,
  decided_by   VARCHAR(200) NOT NULL,
  recorded_by  VARCHAR(255) NOT NULL,
  recorded_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY idx_placement_case (case_id),
  CONSTRAINT fk_placement_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The case plan: actions with an owner and a due date; OPEN until DONE or DROPPED.
CREATE TABLE plan_action (
  id           VARCHAR(36)  NOT NULL,
  case_id      VARCHAR(36)  NOT NULL,
  action_type  VARCHAR(40)  NOT NULL,
  owner        VARCHAR(255) NOT NULL,
  due_on       DATE         NOT NULL,
  notes        TEXT         NULL,
  status       VARCHAR(16)  NOT NULL,
  status_note  TEXT         NULL,
  changed_by   VARCHAR(255) NULL,
  changed_at   DATETIME(6)  NULL,
  created_by   VARCHAR(255) NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  version      BIGINT       NOT NULL,
  PRIMARY KEY (id),
  KEY idx_plan_case (case_id),
  CONSTRAINT fk_plan_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
