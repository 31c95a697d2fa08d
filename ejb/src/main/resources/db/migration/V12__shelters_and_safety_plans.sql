-- Keeping victims safe (issue 21): the safety plan made with a risk assessment (sealed), emergency
-- shelters and the stays in them.

ALTER TABLE case_assessment ADD COLUMN plan_contacts TEXT NULL;
ALTER TABLE case_assessment ADD COLUMN plan_code_word TEXT NULL;
ALTER TABLE case_assessment ADD COLUMN plan_where_to_go TEXT NULL;
ALTER TABLE case_assessment ADD COLUMN plan_documents_ready BOOLEAN NULL;

-- 紧急庇护场所 (Anti-Domestic Violence Law art. 18); the address is sealed.
CREATE TABLE shelter (
  id          VARCHAR(36)  NOT NULL,
  name        VARCHAR(200) NOT NULL,
  address     TEXT         NOT NULL,
  capacity    INT          NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A stay is under way while until_at is null; admissions lock the shelter's row first.
CREATE TABLE shelter_stay (
  id           VARCHAR(36)  NOT NULL,
  case_id      VARCHAR(36)  NOT NULL,
  shelter_id   VARCHAR(36)  NOT NULL,
  from_at      DATETIME(6)  NOT NULL,
  until_at     DATETIME(6)  NULL,
  recorded_by  VARCHAR(255) NOT NULL,
  recorded_at  DATETIME(6)  NOT NULL,
  ended_by     VARCHAR(255) NULL,
  PRIMARY KEY (id),
  KEY idx_stay_shelter (shelter_id, until_at),
  KEY idx_stay_case (case_id),
  CONSTRAINT fk_stay_case FOREIGN KEY (case_id) REFERENCES case_file (id),
  CONSTRAINT fk_stay_shelter FOREIGN KEY (shelter_id) REFERENCES shelter (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
