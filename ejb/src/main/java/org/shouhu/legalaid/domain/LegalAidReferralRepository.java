package org.shouhu.legalaid.domain;

import java.util.List;
import java.util.Optional;

/** Stored referrals. */
public interface LegalAidReferralRepository {

  void store(LegalAidReferral referral);

  Optional<LegalAidReferral> find(String id);

  /** The referral with its row locked until the transaction ends. */
  Optional<LegalAidReferral> lock(String id);

  List<LegalAidReferral> ofCase(String caseId);

  /**
   * The referrals of cases shared with legal aid within {@code prefix} (a district), of {@code
   * statuses} (empty: all), newest first.
   */
  List<LegalAidReferral> inDistrict(
      String prefix, java.util.Set<LegalAidReferral.Status> statuses, int first, int max);

  long countInDistrict(String prefix, java.util.Set<LegalAidReferral.Status> statuses);
}
