package org.shouhu.agencyreferral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.shouhu.agencyreferral.domain.AgencyReferral;
import org.shouhu.agencyreferral.domain.AgencyReferralRepository;
import org.shouhu.casework.application.CasePartSource;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CasePart;
import org.shouhu.casework.domain.Disclosure;
import org.shouhu.casework.domain.Reader;

/** A case's referrals to other agencies, as its read model lists them ({@code agencyReferrals}). */
@ApplicationScoped
public class AgencyReferralPart implements CasePartSource {

  @Inject AgencyReferralRepository referrals;

  @Override
  public String name() {
    return "agencyReferrals";
  }

  @Override
  public CasePart part() {
    return CasePart.AGENCY_REFERRALS;
  }

  /** Oldest first; null (absent) when there are none. */
  @Override
  public List<AgencyReferralSheet> read(Case c, Reader reader, Disclosure disclosure) {
    Instant now = Instant.now();
    List<AgencyReferralSheet> sheets =
        referrals.of(AgencyReferral.Origin.CASE, c.id()).stream()
            .map(r -> AgencyReferralSheet.of(r, now))
            .toList();
    return sheets.isEmpty() ? null : sheets;
  }
}
