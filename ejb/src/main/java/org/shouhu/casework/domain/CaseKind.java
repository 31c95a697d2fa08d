package org.shouhu.casework.domain;

import static org.shouhu.casework.domain.CaseCategory.*;

import java.util.EnumSet;
import java.util.Set;

/** The five kinds of case (DOMAIN.md §2), each with the categories it allows. */
public enum CaseKind {
  /** 强制报告 — report of harm to a child. */
  CHILD_PROTECTION(
      EnumSet.of(
          PHYSICAL_ABUSE,
          SEXUAL_ABUSE,
          NEGLECT,
          PSYCHOLOGICAL_ABUSE,
          ABANDONMENT,
          TRAFFICKING,
          DV_EXPOSURE,
          BULLYING,
          OTHER)),
  /** 反家庭暴力 — domestic violence against a woman or a child. */
  DOMESTIC_VIOLENCE(EnumSet.of(PHYSICAL, PSYCHOLOGICAL, SEXUAL, ECONOMIC, STALKING, OTHER)),
  /** 孤儿、事实无人抚养儿童 — orphan support. */
  ORPHAN_SUPPORT(EnumSet.of(OTHER)),
  /** 残疾儿童康复救助 — rehabilitation grant for a disabled child. */
  DISABLED_CHILD_REHAB(EnumSet.of(OTHER)),
  /** 妇女维权 — a woman's complaint, mostly through the 12338 hotline. */
  WOMENS_RIGHTS(
      EnumSet.of(
          CaseCategory.DOMESTIC_VIOLENCE,
          MARRIAGE_FAMILY,
          EMPLOYMENT_DISCRIMINATION,
          SEXUAL_HARASSMENT,
          PROPERTY_RIGHTS,
          TRAFFICKING,
          OTHER));

  private final Set<CaseCategory> categories;

  CaseKind(Set<CaseCategory> categories) {
    this.categories = categories;
  }

  public boolean allows(CaseCategory category) {
    return categories.contains(category);
  }

  public Set<CaseCategory> categories() {
    return EnumSet.copyOf(categories);
  }
}
