package org.shouhu.legalaid.domain;

import java.util.List;

/** Stored referrals. */
public interface LegalAidReferralRepository {

  void store(LegalAidReferral referral);

  List<LegalAidReferral> ofCase(String caseId);
}
