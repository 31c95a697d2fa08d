package org.shouhu.casework.domain;

/** The role a person plays in a case. */
public enum PartyRole {
  /** The child or the woman the case is about. */
  SUBJECT,
  /** 监护人. */
  GUARDIAN,
  /** 家庭成员. */
  HOUSEHOLD_MEMBER,
  /** The alleged perpetrator / respondent (needed for warnings and protection orders). */
  RESPONDENT,
  /** 其他相关人员 — anyone else the case concerns. */
  OTHER
}
