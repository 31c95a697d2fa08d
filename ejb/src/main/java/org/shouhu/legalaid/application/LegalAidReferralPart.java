package org.shouhu.legalaid.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.shouhu.casework.application.CasePartSource;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CasePart;
import org.shouhu.casework.domain.Disclosure;
import org.shouhu.casework.domain.Reader;
import org.shouhu.legalaid.domain.LegalAidReferralRepository;

/**
 * A case's referrals to legal aid, as the case's read model lists them ({@code legalAidReferrals}).
 */
@ApplicationScoped
public class LegalAidReferralPart implements CasePartSource {

  @Inject LegalAidReferralRepository referrals;

  @Override
  public String name() {
    return "legalAidReferrals";
  }

  @Override
  public CasePart part() {
    return CasePart.LEGAL_AID_REFERRALS;
  }

  /** The case's referrals, oldest first; null (absent) when it has none. */
  @Override
  public List<ReferralSheet> read(Case c, Reader reader, Disclosure disclosure) {
    Instant now = Instant.now();
    List<ReferralSheet> sheets =
        referrals.ofCase(c.id()).stream().map(r -> LegalAidReferrals.sheet(r, c, now)).toList();
    return sheets.isEmpty() ? null : sheets;
  }
}
