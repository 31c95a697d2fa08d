package org.shouhu.welfare.domain;

/** What a rehabilitation grant pays for (DOMAIN.md §2.4). */
public enum RehabItem {
  SURGERY,
  TRAINING,
  COCHLEAR_IMPLANT,
  HEARING_AID,
  ASSISTIVE_DEVICE,
  CLEFT_SPEECH_TRAINING
}
