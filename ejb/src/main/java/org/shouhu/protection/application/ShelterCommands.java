package org.shouhu.protection.application;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shouhu.shared.application.validation.DateTime;
import org.shouhu.shared.application.validation.Required;
import org.shouhu.shared.application.validation.Text;
import org.shouhu.shared.application.validation.Values;

/** Shelters and stays as asked for (API.md "Domestic violence, continued"). */
public final class ShelterCommands {

  private ShelterCommands() {}

  /** A shelter the administrator keeps. */
  public record ShelterRecord(
      @Schema(required = true, maxLength = 200) @Required @Text(max = 200) String name,
      @Schema(required = true, maxLength = 500) @Required @Text(max = 500) String address,
      @Schema(required = true) @Required Integer capacity) {}

  /** A stay beginning. */
  public record StayRequest(
      @Schema(required = true, maxLength = 36) @Required @Text(max = 36) String shelter,
      @Schema(
              type = SchemaType.STRING,
              format = "date-time",
              examples = "2026-11-28T10:15:00+08:00",
              description = "RFC 3339 with offset; not in the future",
              required = true)
          @Required
          @DateTime
          String from) {

    public Instant since() {
      return Values.instant(from);
    }
  }

  /** A stay ending. */
  public record StayEnd(
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
