-- Monitoring the plans, part 2 (issue 24): a year's published release, frozen. Each publication
-- is a new version; content holds exactly the protected answers (the district's and every
-- street's), differences what changed against the version before.
CREATE TABLE indicator_release (
  id            VARCHAR(36)  NOT NULL,
  release_year  INT          NOT NULL,
  version       INT          NOT NULL,
  published_at  DATETIME(6)  NOT NULL,
  published_by  VARCHAR(255) NOT NULL,
  content       LONGTEXT     NOT NULL,
  differences   LONGTEXT     NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_release_version (release_year, version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
