package org.shouhu.agencyreferral.application;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shouhu.agencyreferral.domain.Agency;
import org.shouhu.shared.application.validation.DateTime;
import org.shouhu.shared.application.validation.OneOf;
import org.shouhu.shared.application.validation.Required;
import org.shouhu.shared.application.validation.Text;
import org.shouhu.shared.application.validation.Values;

/** Referrals to other agencies as asked for (README "Referrals to other agencies"). */
public final class ReferralCommands {

  private ReferralCommands() {}

  /** A case referred on: to whom, which unit, what was asked, when. */
  public record Referral(
      @Schema(implementation = Agency.class, required = true) @Required @OneOf(Agency.class)
          String agency,
      @Schema(maxLength = 200) @Text(max = 200) String unit,
      @Schema(maxLength = 4000) @Text(max = 4000) String asked,
      @Schema(
              type = SchemaType.STRING,
              format = "date-time",
              examples = "2026-11-28T10:15:00+08:00",
              description = "RFC 3339 with offset; not in the future",
              required = true)
          @Required
          @DateTime
          String referredAt) {

    public Agency to() {
      return Values.of(Agency.class, agency);
    }

    public Instant at() {
      return Values.instant(referredAt);
    }
  }

  /** The agency's answer, and when it came. */
  @Schema(name = "AgencyReferralAnswer")
  public record Answer(
      @Schema(
              type = SchemaType.STRING,
              format = "date-time",
              examples = "2026-11-28T10:15:00+08:00",
              description = "RFC 3339 with offset; not in the future",
              required = true)
          @Required
          @DateTime
          String at,
      @Schema(required = true, maxLength = 4000) @Required @Text(max = 4000) String answer) {

    public Instant when() {
      return Values.instant(at);
    }
  }
}
