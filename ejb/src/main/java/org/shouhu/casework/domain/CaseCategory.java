package org.shouhu.casework.domain;

/** What happened, per kind of case (see {@link CaseKind#allows}). */
public enum CaseCategory {
  // child protection
  PHYSICAL_ABUSE,
  SEXUAL_ABUSE,
  NEGLECT,
  PSYCHOLOGICAL_ABUSE,
  ABANDONMENT,
  TRAFFICKING,
  DV_EXPOSURE,
  BULLYING,
  // domestic violence
  PHYSICAL,
  PSYCHOLOGICAL,
  SEXUAL,
  ECONOMIC,
  STALKING,
  // women's rights
  DOMESTIC_VIOLENCE,
  MARRIAGE_FAMILY,
  EMPLOYMENT_DISCRIMINATION,
  SEXUAL_HARASSMENT,
  PROPERTY_RIGHTS,
  // any kind
  OTHER
}
