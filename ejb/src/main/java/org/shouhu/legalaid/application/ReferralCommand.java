package org.shouhu.legalaid.application;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    @Schema(examples = "当事人经济困难，需起诉离婚并申请人身安全保护令", maxLength = LegalAidReferral.REASON_MAX)
        @Text(max = LegalAidReferral.REASON_MAX)
        String reason,
    Boolean consent,
    @Schema(implementation = LegalAidReferral.ConsentBasis.class)
        @OneOf(LegalAidReferral.ConsentBasis.class)
        String consentBasis,
    @Schema(maxItems = 100) @Size(max = 100, message = "{validation.tooMany}")
        List<String> attachments,
    @Schema(
            type = SchemaType.STRING,
            format = "date-time",
            examples = "2026-11-28T10:15:00+08:00",
            description = "RFC 3339 with offset; not in the future")
        @DateTime
        String referredAt) {

  public Instant when(Instant now) {
    return Values.instantOr(referredAt, now);
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
