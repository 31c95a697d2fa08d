package org.shouhu.legalaid.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.application.CaseQueries;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseRepository;
import org.shouhu.legalaid.domain.LegalAidReferral;
import org.shouhu.legalaid.domain.LegalAidReferralRepository;
import org.shouhu.shared.application.CurrentUser;

/** Referring a case to the legal aid centre, from any kind of case. */
@Stateless
public class LegalAidReferrals {

  @Inject CurrentUser user;
  @Inject CaseQueries caseQueries;
  @Inject CaseRepository cases;
  @Inject LegalAidReferralRepository referrals;
  @Inject AccessLog accessLog;

  public LegalAidReferral refer(String caseId, String reason, boolean consent) {
    Case aCase = caseQueries.get(caseId);
    Instant now = Instant.now();
    aCase.referredToLegalAid(reason, user.actor(), now);
    cases.store(aCase);
    LegalAidReferral referral =
        new LegalAidReferral(aCase.id(), reason, consent, user.username(), now);
    referrals.store(referral);
    accessLog.record("REFER_LEGAL_AID", List.of(aCase.id()), aCase.jurisdiction().value());
    return referral;
  }
}
