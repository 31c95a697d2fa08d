package org.shouhu.agencyreferral.application;

import java.time.Instant;
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
      @Required @OneOf(Agency.class) String agency,
      @Text(max = 200) String unit,
      @Text(max = 4000) String asked,
      @Required @DateTime String referredAt) {

    public Agency to() {
      return Values.of(Agency.class, agency);
    }

    public Instant at() {
      return Values.instant(referredAt);
    }
  }

  /** The agency's answer, and when it came. */
  public record Answer(@Required @DateTime String at, @Required @Text(max = 4000) String answer) {

    public Instant when() {
      return Values.instant(at);
    }
  }
}
