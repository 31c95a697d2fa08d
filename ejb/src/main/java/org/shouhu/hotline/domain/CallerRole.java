package org.shouhu.hotline.domain;

/** Who is calling, as she says: the victim herself, a relative, a neighbour, a professional. */
public enum CallerRole {
  VICTIM,
  RELATIVE,
  NEIGHBOUR,
  PROFESSIONAL,
  OTHER
}
