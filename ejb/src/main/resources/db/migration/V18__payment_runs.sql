-- Monthly payment runs (issue 25). A month is paid at most once: month_claim holds the month
-- while a run counts (running, done, or failed after paying something) and is cleared only when a
-- run failed having paid nothing; its unique key refuses a second run, also a concurrent one. A
-- file is paid at most once a month: payment_item's unique key, whatever a restart does. An item
-- holds no personal data: the bank file takes payee and account from the support file.
CREATE TABLE payment_run (
  id             VARCHAR(36)    NOT NULL,
  pay_month      VARCHAR(7)     NOT NULL,
  month_claim    VARCHAR(7)     NULL,
  status         VARCHAR(8)     NOT NULL,
  expected       INT            NOT NULL,
  paid_count     INT            NOT NULL,
  total          DECIMAL(14, 2) NOT NULL,
  execution_id   BIGINT         NULL,
  failure        VARCHAR(500)   NULL,
  started_by     VARCHAR(255)   NOT NULL,
  started_at     DATETIME(6)    NOT NULL,
  finished_at    DATETIME(6)    NULL,
  version        BIGINT         NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_run_month (month_claim)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE payment_item (
  id            VARCHAR(36)    NOT NULL,
  run_id        VARCHAR(36)    NOT NULL,
  file_id       VARCHAR(36)    NOT NULL,
  pay_month     VARCHAR(7)     NOT NULL,
  case_number   VARCHAR(20)    NOT NULL,
  amount        DECIMAL(10, 2) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_item_file_month (file_id, pay_month),
  KEY ix_item_run (run_id, case_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
