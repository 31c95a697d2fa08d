package org.shouhu.legalaid.application;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.shouhu.legalaid.domain.LegalAidReferral;
import org.shouhu.shared.application.validation.DateTime;
import org.shouhu.shared.application.validation.OneOf;
import org.shouhu.shared.application.validation.Required;
import org.shouhu.shared.application.validation.Text;
import org.shouhu.shared.application.validation.Values;

/**
 * The legal-aid centre's commands as asked for (API.md "Legal aid"); {@code at}, where a command
 * has one, is when it happened (absent: now; never in the future).
 */
public final class LegalAidCommands {

  private LegalAidCommands() {}

  /** The longest material's name, in characters. */
  public static final int MATERIAL_MAX = 200;

  /** A decision: ACCEPTED, DECLINED (reason and code), or MATERIALS_NEEDED (every one at once). */
  public record Decision(
      @Required @OneOf(LegalAidReferral.Decision.class) String decision,
      @Text(max = LegalAidReferral.REASON_MAX) String reason,
      @OneOf(LegalAidReferral.ReasonCode.class) String reasonCode,
      @Size(max = LegalAidReferral.MATERIALS_MAX, message = "{validation.tooMany}")
          List<String> materials,
      @DateTime String at) {

    public LegalAidReferral.Decision what() {
      return Values.of(LegalAidReferral.Decision.class, decision);
    }

    public LegalAidReferral.ReasonCode code() {
      return Values.of(LegalAidReferral.ReasonCode.class, reasonCode);
    }

    public Instant when(Instant now) {
      return LegalAidCommands.when(at, now);
    }
  }

  /** The materials asked for arrived. */
  public record Materials(@DateTime String at) {

    public Instant when(Instant now) {
      return LegalAidCommands.when(at, now);
    }
  }

  /** A lawyer assigned; before the decision only with an art. 44 ground ({@code urgent}). */
  public record Lawyer(
      @Required @Text(max = LegalAidReferral.LAWYER_MAX) String lawyer,
      @Text(max = LegalAidReferral.FIRM_MAX) String firm,
      @OneOf(LegalAidReferral.EarlyAidGround.class) String urgent,
      @DateTime String at) {

    public LegalAidReferral.EarlyAidGround ground() {
      return Values.of(LegalAidReferral.EarlyAidGround.class, urgent);
    }

    public Instant when(Instant now) {
      return LegalAidCommands.when(at, now);
    }
  }

  /** How the matter ended. */
  public record Outcome(
      @Required @Text(max = LegalAidReferral.REASON_MAX) String outcome, @DateTime String at) {

    public Instant when(Instant now) {
      return LegalAidCommands.when(at, now);
    }
  }

  static Instant when(String at, Instant now) {
    return at == null || at.isBlank() ? now : Values.instant(at);
  }
}
