package org.shouhu.protection.domain;

import java.util.EnumSet;
import java.util.Set;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.CaseKind;

/**
 * [law] When the police must be told at once (强制报告, Minors Protection Law art. 11 and the 2020
 * opinion on mandatory reporting, DOMAIN.md §2.1): a child-protection report of sexual abuse,
 * trafficking or abandonment, or any urgent one. Until a notification is recorded the case carries
 * the deadline {@link #DEADLINE}, due when the report came in — overdue at once: a warning on every
 * worklist, not a wait.
 */
public final class PoliceNotice {

  /** The deadline's name, as cases list it. */
  public static final String DEADLINE = "POLICE_NOTICE";

  private static final Set<CaseCategory> AT_ONCE =
      EnumSet.of(CaseCategory.SEXUAL_ABUSE, CaseCategory.TRAFFICKING, CaseCategory.ABANDONMENT);

  private PoliceNotice() {}

  /** Whether the law expects the police at once for this case. */
  public static boolean required(Case c) {
    return c.kind() == CaseKind.CHILD_PROTECTION
        && (c.report().urgent() || c.report().category().map(AT_ONCE::contains).orElse(false));
  }
}
