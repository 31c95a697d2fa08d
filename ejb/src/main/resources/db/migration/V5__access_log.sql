-- The access log: append-only, tamper-evident (entry MACs and a sealed chain; keys outside the
-- database). The application has no path that deletes from it.
CREATE TABLE access_entry (
  id                  VARCHAR(36)   NOT NULL,
  occurred_at         DATETIME(6)   NOT NULL,
  username            VARCHAR(255)  NOT NULL,
  roles               VARCHAR(255)  NOT NULL,
  action              VARCHAR(32)   NOT NULL,
  records             VARCHAR(4000) NULL,
  record_jurisdiction VARCHAR(12)   NULL,
  outcome             VARCHAR(16)   NOT NULL,
  client_ip           VARCHAR(64)   NULL,
  break_glass_reason  VARCHAR(2000) NULL,
  entry_mac           VARCHAR(64)   NOT NULL,
  seq                 BIGINT        NULL,
  chain_mac           VARCHAR(64)   NULL,
  PRIMARY KEY (id),
  KEY idx_access_seq (seq),
  KEY idx_access_at (occurred_at),
  KEY idx_access_jurisdiction (record_jurisdiction, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE audit_chain_head (
  id        INT         NOT NULL,
  seq       BIGINT      NOT NULL,
  chain_mac VARCHAR(64) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO audit_chain_head (id, seq, chain_mac) VALUES (1, 0, 'genesis');

-- Every move of the head, kept: the recomputed chain must pass through each of them.
CREATE TABLE audit_checkpoint (
  seq       BIGINT      NOT NULL,
  chain_mac VARCHAR(64) NOT NULL,
  sealed_at DATETIME(6) NOT NULL,
  PRIMARY KEY (seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
