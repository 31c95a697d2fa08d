package org.shouhu.casework.domain;

import java.util.Set;

/**
 * Which cases a caller may see, as the queries apply it (never a filter after loading): cases in
 * any of {@code jurisdictionPrefixes} (a community code, a street code, or the district code), or
 * taken in by {@code createdBy} (a hotline operator's own intakes), or referred to legal aid
 * (legal-aid officers). Empty means none at all (statisticians, auditors, administrators).
 */
public record CaseScope(Set<String> jurisdictionPrefixes, String createdBy, boolean legalAid) {

  public CaseScope {
    jurisdictionPrefixes = Set.copyOf(jurisdictionPrefixes);
  }

  public static CaseScope none() {
    return new CaseScope(Set.of(), null, false);
  }

  public boolean isEmpty() {
    return jurisdictionPrefixes.isEmpty() && createdBy == null && !legalAid;
  }

  /** Legal-aid officers see cases only through a referral, and without the reporter. */
  public boolean legalAidOnly() {
    return legalAid && jurisdictionPrefixes.isEmpty() && createdBy == null;
  }
}
