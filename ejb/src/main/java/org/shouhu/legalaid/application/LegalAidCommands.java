package org.shouhu.legalaid.application;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
  @Schema(name = "LegalAidDecision")
  public record Decision(
      @Schema(implementation = LegalAidReferral.Decision.class, required = true)
          @Required
          @OneOf(LegalAidReferral.Decision.class)
          String decision,
      @Schema(maxLength = LegalAidReferral.REASON_MAX) @Text(max = LegalAidReferral.REASON_MAX)
          String reason,
      @Schema(implementation = LegalAidReferral.ReasonCode.class)
          @OneOf(LegalAidReferral.ReasonCode.class)
          String reasonCode,
      @Schema(maxItems = LegalAidReferral.MATERIALS_MAX)
          @Size(max = LegalAidReferral.MATERIALS_MAX, message = "{validation.tooMany}")
          List<String> materials,
      @Schema(
              type = SchemaType.STRING,
              format = "date-time",
              examples = "2026-11-28T10:15:00+08:00",
              description = "RFC 3339 with offset; not in the future")
          @DateTime
          String at) {

    public LegalAidReferral.Decision what() {
      return Values.of(LegalAidReferral.Decision.class, decision);
    }

    public LegalAidReferral.ReasonCode code() {
      return Values.of(LegalAidReferral.ReasonCode.class, reasonCode);
    }

    public Instant when(Instant now) {
      return Values.instantOr(at, now);
    }
  }

  /** The materials asked for arrived. */
  public record Materials(
      @Schema(
              type = SchemaType.STRING,
              format = "date-time",
              examples = "2026-11-28T10:15:00+08:00",
              description = "RFC 3339 with offset; not in the future")
          @DateTime
          String at) {

    public Instant when(Instant now) {
      return Values.instantOr(at, now);
    }
  }

  /** A lawyer assigned; before the decision only with an art. 44 ground ({@code urgent}). */
  public record Lawyer(
      @Schema(examples = "张明", required = true, maxLength = LegalAidReferral.LAWYER_MAX)
          @Required
          @Text(max = LegalAidReferral.LAWYER_MAX)
          String lawyer,
      @Schema(maxLength = LegalAidReferral.FIRM_MAX) @Text(max = LegalAidReferral.FIRM_MAX)
          String firm,
      @Schema(implementation = LegalAidReferral.EarlyAidGround.class)
          @OneOf(LegalAidReferral.EarlyAidGround.class)
          String urgent,
      @Schema(
              type = SchemaType.STRING,
              format = "date-time",
              examples = "2026-11-28T10:15:00+08:00",
              description = "RFC 3339 with offset; not in the future")
          @DateTime
          String at) {

    public LegalAidReferral.EarlyAidGround ground() {
      return Values.of(LegalAidReferral.EarlyAidGround.class, urgent);
    }

    public Instant when(Instant now) {
      return Values.instantOr(at, now);
    }
  }

  /** How the matter ended. */
  public record Outcome(
      @Schema(
              examples = "法院已受理离婚诉讼并作出人身安全保护令",
              required = true,
              maxLength = LegalAidReferral.REASON_MAX)
          @Required
          @Text(max = LegalAidReferral.REASON_MAX)
          String outcome,
      @Schema(
              type = SchemaType.STRING,
              format = "date-time",
              examples = "2026-11-28T10:15:00+08:00",
              description = "RFC 3339 with offset; not in the future")
          @DateTime
          String at) {

    public Instant when(Instant now) {
      return Values.instantOr(at, now);
    }
  }
}
