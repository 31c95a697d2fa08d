-- Rehabilitation grants for disabled children 0–16 (issue 26): the designated institutions the
-- admin keeps, the grants a district caseworker approves with their cap, the monthly claims.
CREATE TABLE rehab_institution (
  id          VARCHAR(36)  NOT NULL,
  name        VARCHAR(200) NOT NULL,
  items       VARCHAR(200) NOT NULL,
  account     VARCHAR(64)  NULL,
  created_by  VARCHAR(255) NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_institution_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE rehab_grant (
  id              VARCHAR(36)    NOT NULL,
  case_id         VARCHAR(36)    NOT NULL,
  case_number     VARCHAR(20)    NOT NULL,
  disability      VARCHAR(16)    NOT NULL,
  item            VARCHAR(24)    NOT NULL,
  institution_id  VARCHAR(36)    NOT NULL,
  from_month      VARCHAR(7)     NOT NULL,
  to_month        VARCHAR(7)     NOT NULL,
  approved_at     DATETIME(6)    NOT NULL,
  approved_by     VARCHAR(255)   NOT NULL,
  cap             DECIMAL(12, 2) NOT NULL,
  cap_per         VARCHAR(8)     NOT NULL,
  claimed         DECIMAL(12, 2) NOT NULL,
  version         BIGINT         NOT NULL,
  PRIMARY KEY (id),
  KEY idx_grant_case (case_id),
  KEY idx_grant_institution (institution_id),
  CONSTRAINT fk_grant_case FOREIGN KEY (case_id) REFERENCES case_file (id),
  CONSTRAINT fk_grant_institution FOREIGN KEY (institution_id) REFERENCES rehab_institution (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE rehab_claim (
  id             VARCHAR(36)    NOT NULL,
  grant_id       VARCHAR(36)    NOT NULL,
  claim_month    VARCHAR(7)     NOT NULL,
  amount         DECIMAL(12, 2) NOT NULL,
  out_of_pocket  DECIMAL(12, 2) NOT NULL,
  sessions       INT            NULL,
  claimed_by     VARCHAR(255)   NOT NULL,
  claimed_at     DATETIME(6)    NOT NULL,
  PRIMARY KEY (id),
  KEY idx_claim_grant (grant_id, claim_month),
  CONSTRAINT fk_claim_grant FOREIGN KEY (grant_id) REFERENCES rehab_grant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
