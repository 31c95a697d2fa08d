-- The allowance standards (issue 25): a dated table per category, rows added and never edited;
-- one standard per category and month.
CREATE TABLE allowance_standard (
  id          VARCHAR(36)    NOT NULL,
  category    VARCHAR(24)    NOT NULL,
  monthly     DECIMAL(10, 2) NOT NULL,
  from_month  VARCHAR(7)     NOT NULL,
  created_by  VARCHAR(255)   NOT NULL,
  created_at  DATETIME(6)    NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_standard_month (category, from_month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
