-- A staff member's own settings (the UI language, remembered per user).
CREATE TABLE user_preference (
  username     VARCHAR(255) NOT NULL,
  language_tag VARCHAR(16)  NOT NULL,
  PRIMARY KEY (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
