package org.shouhu.casework.domain;

/**
 * What a case's file is (its labels and order in {@code config/lists/attachment-label.tsv}): the
 * paper case work runs on.
 */
public enum AttachmentLabel {
  /** 告诫书 — a police written warning. */
  POLICE_WARNING,
  /** 裁定书 — a court ruling. */
  COURT_RULING,
  /** 医疗诊断 — a medical report. */
  MEDICAL_REPORT,
  /** 照片 — a photo (of an injury, a home). */
  PHOTO,
  /** 学校函件 — a school's letter. */
  SCHOOL_LETTER,
  /** 申请书 — a signed application. */
  APPLICATION,
  /** 其他. */
  OTHER
}
