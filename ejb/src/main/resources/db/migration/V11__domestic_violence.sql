-- Domestic violence on the legal clock (issue 20): police written warnings and protection orders
-- with their rulings, service, breaches and requests for reconsideration.

-- 告诫书 (Anti-Domestic Violence Law art. 16); attachment_id names the case file with the scan.
CREATE TABLE police_warning (
  id             VARCHAR(36)  NOT NULL,
  case_id        VARCHAR(36)  NOT NULL,
  issued_by      VARCHAR(200) NOT NULL,
  issued_at      DATETIME(6)  NOT NULL,
  number         VARCHAR(100) NULL,
  attachment_id  VARCHAR(36)  NULL,
  recorded_by    VARCHAR(255) NOT NULL,
  recorded_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY idx_warning_case (case_id),
  CONSTRAINT fk_warning_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- 人身安全保护令 (arts. 23–34): the application; status PENDING, ISSUED, REJECTED or REVOKED (an
-- issued order past its last day reads EXPIRED).
CREATE TABLE protection_order (
  id                  VARCHAR(36)  NOT NULL,
  case_id             VARCHAR(36)  NOT NULL,
  applicant           VARCHAR(32)  NOT NULL,
  court               VARCHAR(200) NOT NULL,
  applied_at          DATETIME(6)  NOT NULL,
  accepted_at         DATETIME(6)  NOT NULL,
  urgent              BOOLEAN      NOT NULL,
  ruling_due_at       DATETIME(6)  NOT NULL,
  status              VARCHAR(16)  NOT NULL,
  measures_requested  VARCHAR(200) NULL,
  created_by          VARCHAR(255) NOT NULL,
  created_at          DATETIME(6)  NOT NULL,
  version             BIGINT       NOT NULL,
  PRIMARY KEY (id),
  KEY idx_order_case (case_id),
  KEY idx_order_status (status, accepted_at),
  CONSTRAINT fk_order_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The court's rulings, in order: ISSUED or REJECTED, then EXTENDED, CHANGED, REVOKED.
CREATE TABLE order_ruling (
  id           VARCHAR(36)  NOT NULL,
  order_id     VARCHAR(36)  NOT NULL,
  seq          INT          NOT NULL,
  decision     VARCHAR(16)  NOT NULL,
  ruled_at     DATETIME(6)  NOT NULL,
  measures     VARCHAR(200) NULL,
  valid_until  DATE         NULL,
  recorded_by  VARCHAR(255) NOT NULL,
  recorded_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_ruling_seq (order_id, seq),
  CONSTRAINT fk_ruling_order FOREIGN KEY (order_id) REFERENCES protection_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Service (art. 32), breaches (art. 34; notes sealed) and requests for reconsideration (art. 31).
CREATE TABLE order_event (
  id           VARCHAR(36)  NOT NULL,
  order_id     VARCHAR(36)  NOT NULL,
  event_type   VARCHAR(20)  NOT NULL,
  occurred_at  DATETIME(6)  NOT NULL,
  codes        VARCHAR(200) NULL,
  reference    VARCHAR(100) NULL,
  notes        TEXT         NULL,
  recorded_by  VARCHAR(255) NOT NULL,
  recorded_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY idx_order_event (order_id, occurred_at),
  CONSTRAINT fk_event_order FOREIGN KEY (order_id) REFERENCES protection_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
