package org.shouhu.welfare.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shouhu.shared.application.validation.DateTime;
import org.shouhu.shared.application.validation.Money;
import org.shouhu.shared.application.validation.Month;
import org.shouhu.shared.application.validation.OneOf;
import org.shouhu.shared.application.validation.Required;
import org.shouhu.shared.application.validation.Text;
import org.shouhu.shared.application.validation.Values;
import org.shouhu.welfare.domain.Disability;
import org.shouhu.welfare.domain.RehabItem;

/** Rehabilitation grants' commands as asked for (API.md "Rehabilitation grants"). */
public final class RehabCommands {

  private RehabCommands() {}

  /**
   * A designated institution as the admin enters it; {@code id} (optional: a code of lower-case
   * letters, digits and hyphens) is what its officers' accounts carry in their {@code institution}
   * attribute.
   */
  public record Institution(
      @Schema(maxLength = 36) @Text(max = 36) String id,
      @Schema(required = true, maxLength = 200) @Required @Text(max = 200) String name,
      @Schema(required = true) @Required List<String> items,
      @Schema(maxLength = 64) @Text(max = 64) String account) {}

  /** A grant as the district approves it. */
  public record Grant(
      @Schema(implementation = Disability.class, required = true) @Required @OneOf(Disability.class)
          String disability,
      @Schema(implementation = RehabItem.class, required = true) @Required @OneOf(RehabItem.class)
          String item,
      @Schema(required = true, maxLength = 36) @Required @Text(max = 36) String institution,
      @Schema(
              type = SchemaType.STRING,
              pattern = "^(20[0-9]{2}|2100)-(0[1-9]|1[0-2])$",
              examples = "2026-04",
              required = true)
          @Required
          @Month
          String from,
      @Schema(
              type = SchemaType.STRING,
              pattern = "^(20[0-9]{2}|2100)-(0[1-9]|1[0-2])$",
              examples = "2026-04",
              required = true)
          @Required
          @Month
          String to,
      @Schema(
              type = SchemaType.STRING,
              format = "date-time",
              examples = "2026-11-28T10:15:00+08:00",
              description = "RFC 3339 with offset; not in the future",
              required = true)
          @Required
          @DateTime
          String approvedAt,
      List<String> priority,
      @Schema(maxLength = 36) @Text(max = 36) String supportFileCase) {

    public Disability kind() {
      return Values.of(Disability.class, disability);
    }

    public RehabItem what() {
      return Values.of(RehabItem.class, item);
    }

    public YearMonth first() {
      return YearMonth.parse(from.strip());
    }

    public YearMonth last() {
      return YearMonth.parse(to.strip());
    }

    public Instant approved() {
      return Values.instant(approvedAt);
    }
  }

  /** An institution's claim for a month. */
  public record Claim(
      @Schema(
              type = SchemaType.STRING,
              pattern = "^(20[0-9]{2}|2100)-(0[1-9]|1[0-2])$",
              examples = "2026-04",
              required = true)
          @Required
          @Month
          String month,
      @Schema(
              type = SchemaType.STRING,
              pattern = "^[0-9]{1,8}\\.[0-9]{2}$",
              examples = "1439.90",
              description = "yuan, two decimals",
              required = true)
          @Required
          @Money
          String amount,
      @Schema(
              type = SchemaType.STRING,
              pattern = "^[0-9]{1,8}\\.[0-9]{2}$",
              examples = "1439.90",
              description = "yuan, two decimals",
              required = true)
          @Required
          @Money
          String outOfPocket,
      Integer sessions) {

    public YearMonth when() {
      return YearMonth.parse(month.strip());
    }

    public BigDecimal paid() {
      return new BigDecimal(amount.strip());
    }

    public BigDecimal family() {
      return new BigDecimal(outOfPocket.strip());
    }
  }
}
