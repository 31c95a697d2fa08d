package org.shouhu.welfare.domain;

/** The disability a rehabilitation grant is for: the five kinds the policy names, and several. */
public enum Disability {
  VISION,
  HEARING,
  SPEECH,
  PHYSICAL,
  INTELLECTUAL,
  AUTISM,
  MULTIPLE
}
