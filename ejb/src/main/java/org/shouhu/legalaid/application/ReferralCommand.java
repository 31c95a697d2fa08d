package org.shouhu.legalaid.application;

import org.shouhu.legalaid.domain.LegalAidReferral;
import org.shouhu.shared.application.validation.OneOf;
import org.shouhu.shared.application.validation.Text;
import org.shouhu.shared.application.validation.Values;

/**
 * A referral to legal aid as asked for (API.md "Cases"): why, and the person's consent or the legal
 * basis for going ahead without it.
 */
public record ReferralCommand(
    @Text(max = LegalAidReferral.REASON_MAX) String reason,
    Boolean consent,
    @OneOf(LegalAidReferral.ConsentBasis.class) String consentBasis) {

  public boolean consented() {
    return Boolean.TRUE.equals(consent);
  }

  public LegalAidReferral.ConsentBasis basis() {
    return Values.of(LegalAidReferral.ConsentBasis.class, consentBasis);
  }
}
