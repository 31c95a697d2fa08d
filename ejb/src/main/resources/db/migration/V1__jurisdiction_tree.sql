-- The jurisdiction tree: district 区 -> street 街道 -> community 社区.
-- Nodes are never deleted (records point at them); a node left out of the tree file is retired.
CREATE TABLE jurisdiction (
  code        VARCHAR(12)  NOT NULL,
  name_zh     VARCHAR(100) NOT NULL,
  name_en     VARCHAR(200) NOT NULL,
  node_level  VARCHAR(12)  NOT NULL,
  parent_code VARCHAR(12)  NULL,
  retired     BOOLEAN      NOT NULL DEFAULT FALSE,
  PRIMARY KEY (code),
  KEY idx_jurisdiction_parent (parent_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
