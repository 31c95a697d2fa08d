package org.shouhu.welfare.domain;

/**
 * The allowance standards' categories: institutional orphans are paid more than scattered ones;
 * de-facto unattended children have their own standard (by policy the scattered orphans' level).
 */
public enum AllowanceCategory {
  ORPHAN_INSTITUTION,
  ORPHAN_SCATTERED,
  DE_FACTO_UNATTENDED;

  /** The standard a file is paid at (API.md): by its category and, for an orphan, placement. */
  public static AllowanceCategory of(Grounds.Category category, Placement placement) {
    if (category == Grounds.Category.DE_FACTO_UNATTENDED) {
      return DE_FACTO_UNATTENDED;
    }
    return placement == Placement.INSTITUTION ? ORPHAN_INSTITUTION : ORPHAN_SCATTERED;
  }
}
