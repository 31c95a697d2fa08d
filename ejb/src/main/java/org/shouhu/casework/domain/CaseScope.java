package org.shouhu.casework.domain;

import java.util.Optional;
import java.util.Set;

/**
 * Which cases a caller may read, and as whom (DOMAIN.md §1, §4). The queries apply it as a
 * condition (never a filter after loading), and {@link #readerOf} decides the same thing for a case
 * in hand; the two must agree, clause for clause:
 *
 * <ul>
 *   <li>as {@link Reader#HANDLER}: cases in any of {@code jurisdictionPrefixes} (a community, a
 *       street or the district code);
 *   <li>as {@link Reader#INTAKE_TAKER}: cases {@code intakeTaker} took in, while still at INTAKE;
 *   <li>as {@link Reader#LEGAL_AID}: cases shared with legal aid whose jurisdiction lies within
 *       {@code legalAidPrefix}.
 * </ul>
 *
 * Empty means none at all (statisticians, auditors, administrators).
 */
public record CaseScope(
    Set<String> jurisdictionPrefixes, String intakeTaker, String legalAidPrefix) {

  public CaseScope {
    jurisdictionPrefixes = Set.copyOf(jurisdictionPrefixes);
  }

  public static CaseScope none() {
    return new CaseScope(Set.of(), null, null);
  }

  public boolean isEmpty() {
    return jurisdictionPrefixes.isEmpty() && intakeTaker == null && legalAidPrefix == null;
  }

  /** As whom the caller reads {@code c}; empty when it lies outside her scope. */
  public Optional<Reader> readerOf(Case c) {
    String code = c.jurisdiction().value();
    if (jurisdictionPrefixes.stream().anyMatch(code::startsWith)) {
      return Optional.of(Reader.HANDLER);
    }
    if (intakeTaker != null
        && intakeTaker.equals(c.report().takenBy())
        && c.status() == CaseStatus.INTAKE) {
      return Optional.of(Reader.INTAKE_TAKER);
    }
    if (legalAidPrefix != null && c.sharedWithLegalAid() && code.startsWith(legalAidPrefix)) {
      return Optional.of(Reader.LEGAL_AID);
    }
    return Optional.empty();
  }

  /** Whether the caller could ever read a case as someone who sees {@code part}. */
  public boolean couldSee(CasePart part) {
    return (!jurisdictionPrefixes.isEmpty() && WhoSeesWhat.sees(Reader.HANDLER, part))
        || (intakeTaker != null && WhoSeesWhat.sees(Reader.INTAKE_TAKER, part))
        || (legalAidPrefix != null && WhoSeesWhat.sees(Reader.LEGAL_AID, part));
  }

  /** Whether the caller could ever reveal numbers in full (legal-aid officers never do). */
  public boolean couldReveal() {
    return !jurisdictionPrefixes.isEmpty() || intakeTaker != null;
  }
}
