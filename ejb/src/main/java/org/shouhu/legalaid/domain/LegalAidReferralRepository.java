package org.shouhu.legalaid.domain;

import java.util.List;
import java.util.Optional;

/** Stored referrals. */
public interface LegalAidReferralRepository {

  void store(LegalAidReferral referral);

  Optional<LegalAidReferral> find(String id);

  List<LegalAidReferral> ofCase(String caseId);

  /**
   * The referrals of cases shared with legal aid within {@code prefix} (a district), of {@code
   * status} (null: all), oldest first.
   */
  List<LegalAidReferral> inDistrict(
      String prefix, LegalAidReferral.Status status, int first, int max);

  long countInDistrict(String prefix, LegalAidReferral.Status status);
}
