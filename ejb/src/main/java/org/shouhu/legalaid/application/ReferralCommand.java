package org.shouhu.legalaid.application;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.shouhu.legalaid.domain.LegalAidReferral;
import org.shouhu.shared.application.validation.DateTime;
import org.shouhu.shared.application.validation.OneOf;
import org.shouhu.shared.application.validation.Text;
import org.shouhu.shared.application.validation.Values;

/**
 * A referral to legal aid as asked for (API.md "Cases"): why, the person's consent or the legal
 * basis for going ahead without it, and (extensions) the ids of the case's files it shares and when
 * it was made ({@code referredAt}: a referral made on paper, recorded later; absent: now).
 */
public record ReferralCommand(
    @Text(max = LegalAidReferral.REASON_MAX) String reason,
    Boolean consent,
    @OneOf(LegalAidReferral.ConsentBasis.class) String consentBasis,
    @Size(max = 100, message = "{validation.tooMany}") List<String> attachments,
    @DateTime String referredAt) {

  public Instant when(Instant now) {
    return LegalAidCommands.when(referredAt, now);
  }

  public List<String> shared() {
    return attachments == null ? List.of() : attachments;
  }

  public boolean consented() {
    return Boolean.TRUE.equals(consent);
  }

  public LegalAidReferral.ConsentBasis basis() {
    return Values.of(LegalAidReferral.ConsentBasis.class, consentBasis);
  }
}
