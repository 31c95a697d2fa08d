package org.shouhu.casework.application;

import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CasePart;
import org.shouhu.casework.domain.Disclosure;
import org.shouhu.casework.domain.Reader;

/**
 * A part of a case that another context keeps — legal-aid referrals, and the orders, placements,
 * support files and grants of the case kinds. Such a context contributes it to the case's read
 * model by implementing this (a CDI bean): {@link CaseSheets} asks it only for readers that {@link
 * org.shouhu.casework.domain.WhoSeesWhat} lets see {@link #part()}, and puts the answer into {@link
 * CaseSheet#parts()} under {@link #name()}.
 */
public interface CasePartSource {

  /** The part's name in the case as the API shows it, e.g. {@code legalAidReferrals}. */
  String name();

  /** The row of DOMAIN.md §4 that decides who sees it. */
  CasePart part();

  /**
   * The part of {@code c} as {@code reader} may see it ({@code disclosure} is never HIDDEN); null
   * when the case has none.
   */
  Object read(Case c, Reader reader, Disclosure disclosure);
}
