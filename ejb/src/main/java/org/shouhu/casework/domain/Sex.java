package org.shouhu.casework.domain;

/** Sex as the monitoring breakdowns need it (分性别). */
public enum Sex {
  F,
  M
}
