-- Deadlines, visits, the working-day calendar, the staff directory and the mail outbox (issue #6).

-- A case's deadlines: started by a milestone (the report, follow-up, a visit's next date), met by
-- another, or lapsed when the case ends without it. Overdue is computed when read: past due_at,
-- neither met nor lapsed.
CREATE TABLE case_deadline (
  id          VARCHAR(36) NOT NULL,
  case_id     VARCHAR(36) NOT NULL,
  name        VARCHAR(40) NOT NULL,
  started_by  VARCHAR(24) NOT NULL,
  started_at  DATETIME(6) NOT NULL,
  due_at      DATETIME(6) NOT NULL,
  met_by      VARCHAR(24) NOT NULL,
  met_at      DATETIME(6) NULL,
  lapsed_at   DATETIME(6) NULL,
  PRIMARY KEY (id),
  KEY idx_deadline_case (case_id),
  KEY idx_deadline_open (met_at, lapsed_at, due_at),
  CONSTRAINT fk_deadline_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per overdue deadline whose escalation was sent: inserted (INSERT IGNORE) before the
-- mail is queued, so that two scans, on one server or two, escalate a deadline exactly once.
CREATE TABLE deadline_escalation (
  deadline_id  VARCHAR(36) NOT NULL,
  escalated_at DATETIME(6) NOT NULL,
  PRIMARY KEY (deadline_id),
  CONSTRAINT fk_escalation_deadline FOREIGN KEY (deadline_id) REFERENCES case_deadline (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE case_visit (
  id             VARCHAR(36)  NOT NULL,
  case_id        VARCHAR(36)  NOT NULL,
  visited_at     DATETIME(6)  NOT NULL,
  visit_mode     VARCHAR(16)  NOT NULL,
  notes          TEXT         NULL,
  next_visit_due DATE         NULL,
  recorded_by    VARCHAR(255) NOT NULL,
  recorded_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY idx_visit_case (case_id, visited_at),
  CONSTRAINT fk_visit_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Holidays and make-up working days (调休上班) that differ from the Monday-to-Friday week. The
-- admin keeps them; a year nobody has edited is seeded from config/calendar/.
CREATE TABLE calendar_day (
  calendar_date DATE       NOT NULL,
  day_kind  VARCHAR(16)  NOT NULL,
  label     VARCHAR(100) NULL,
  PRIMARY KEY (calendar_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Staff as the identity provider knows them, refreshed by the directory sync (so that escalation
-- reaches people who never logged in). Not case data: no encryption, no access log.
CREATE TABLE staff_member (
  username     VARCHAR(255) NOT NULL,
  display_name VARCHAR(255) NULL,
  email        VARCHAR(255) NULL,
  roles        VARCHAR(255) NOT NULL,
  jurisdiction VARCHAR(12)  NULL,
  enabled      BOOLEAN      NOT NULL,
  synced_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (username),
  KEY idx_staff_jurisdiction (jurisdiction)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Mail waiting to be sent, sending, sent or given up. Queued in the transaction of what caused it
-- (no mail for a rolled-back intake), sent after commit by whichever server claims it first.
CREATE TABLE mail_outbox (
  id              VARCHAR(36)   NOT NULL,
  recipient       VARCHAR(255)  NOT NULL,
  subject         VARCHAR(400)  NOT NULL,
  body            TEXT          NOT NULL,
  reason          VARCHAR(40)   NOT NULL,
  case_id         VARCHAR(36)   NULL,
  status          VARCHAR(12)   NOT NULL,
  attempts        INT           NOT NULL,
  next_attempt_at DATETIME(6)   NOT NULL,
  claimed_at      DATETIME(6)   NULL,
  sent_at         DATETIME(6)   NULL,
  last_error      VARCHAR(1000) NULL,
  created_at      DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  KEY idx_outbox_due (status, next_attempt_at),
  KEY idx_outbox_case (case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
