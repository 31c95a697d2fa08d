-- Monitoring the plans (issue 23): the denominators only the statistics office has (e.g. the
-- children of a street), entered per year and street by the statistician.
CREATE TABLE indicator_denominator (
  id               VARCHAR(80)  NOT NULL,
  denominator_year INT          NOT NULL,
  street           VARCHAR(12)  NOT NULL,
  name             VARCHAR(40)  NOT NULL,
  amount           BIGINT       NOT NULL,
  entered_by       VARCHAR(255) NOT NULL,
  entered_at       DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY idx_denominator_year (denominator_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
