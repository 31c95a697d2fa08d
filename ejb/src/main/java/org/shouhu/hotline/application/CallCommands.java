package org.shouhu.hotline.application;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.shared.application.validation.DateTime;
import org.shouhu.shared.application.validation.OneOf;
import org.shouhu.shared.application.validation.Required;
import org.shouhu.shared.application.validation.Text;
import org.shouhu.shared.application.validation.Values;

/** What is done to a logged call (README "Hotline calls"). */
public final class CallCommands {

  private CallCommands() {}

  /** Hand the call to the other line, in one of its categories. */
  public record Handover(
      @Schema(required = true, maxLength = 8) @Required @Text(max = 8) String line,
      @Schema(implementation = CaseCategory.class, required = true)
          @Required
          @OneOf(CaseCategory.class)
          String category) {

    public CaseCategory newCategory() {
      return Values.of(CaseCategory.class, category);
    }
  }

  /** The caller was called back. */
  public record CallBack(
      @Schema(
              type = SchemaType.STRING,
              format = "date-time",
              examples = "2026-11-28T10:15:00+08:00",
              description = "RFC 3339 with offset; not in the future",
              required = true)
          @Required
          @DateTime
          String at) {

    public Instant when() {
      return Values.instant(at);
    }
  }
}
