package org.shouhu.womensrights.application;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shouhu.shared.application.validation.DateTime;
import org.shouhu.shared.application.validation.OneOf;
import org.shouhu.shared.application.validation.Required;
import org.shouhu.shared.application.validation.Text;
import org.shouhu.shared.application.validation.Values;
import org.shouhu.womensrights.domain.ComplaintStep;

/** A complaint step as asked for (README "Women's-rights complaints"). */
public final class ComplaintCommands {

  private ComplaintCommands() {}

  public record Step(
      @Schema(implementation = ComplaintStep.Type.class, required = true)
          @Required
          @OneOf(ComplaintStep.Type.class)
          String type,
      @Schema(
              type = SchemaType.STRING,
              format = "date-time",
              examples = "2026-11-28T10:15:00+08:00",
              description = "RFC 3339 with offset; not in the future",
              required = true)
          @Required
          @DateTime
          String at,
      @Schema(maxLength = 4000) @Text(max = 4000) String notes,
      @Schema(implementation = ComplaintStep.Result.class) @OneOf(ComplaintStep.Result.class)
          String result) {

    public ComplaintStep.Type stepType() {
      return Values.of(ComplaintStep.Type.class, type);
    }

    public Instant when() {
      return Values.instant(at);
    }

    public ComplaintStep.Result stepResult() {
      return result == null ? null : Values.of(ComplaintStep.Result.class, result);
    }
  }
}
