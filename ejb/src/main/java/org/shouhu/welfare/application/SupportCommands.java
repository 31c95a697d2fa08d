package org.shouhu.welfare.application;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shouhu.shared.application.validation.Date;
import org.shouhu.shared.application.validation.DateTime;
import org.shouhu.shared.application.validation.Money;
import org.shouhu.shared.application.validation.OneOf;
import org.shouhu.shared.application.validation.Required;
import org.shouhu.shared.application.validation.Text;
import org.shouhu.shared.application.validation.Values;
import org.shouhu.welfare.domain.Grounds;
import org.shouhu.welfare.domain.ParentSituation;
import org.shouhu.welfare.domain.Placement;
import org.shouhu.welfare.domain.SupportFile;

/** A support file's steps as asked for (API.md "Orphans and de-facto unattended children"). */
public final class SupportCommands {

  private SupportCommands() {}

  /** The application: category, grounds, placement, payee, other benefits, when. */
  @Schema(name = "SupportApplication")
  public record Application(
      @Schema(implementation = Grounds.Category.class, required = true)
          @Required
          @OneOf(Grounds.Category.class)
          String category,
      @Schema(required = true) @Required @Valid GroundsForm grounds,
      @Schema(implementation = Placement.class, required = true) @Required @OneOf(Placement.class)
          String placement,
      @Schema(required = true) @Required @Valid Payee payee,
      @Schema(
              type = SchemaType.STRING,
              pattern = "^[0-9]{1,8}\\.[0-9]{2}$",
              examples = "1439.90",
              description = "yuan, two decimals")
          @Money
          String otherBenefitMonthly,
      @Schema(
              type = SchemaType.STRING,
              format = "date-time",
              examples = "2026-11-28T10:15:00+08:00",
              description = "RFC 3339 with offset; not in the future",
              required = true)
          @Required
          @DateTime
          String appliedAt) {

    public Grounds.Category kind() {
      return Values.of(Grounds.Category.class, category);
    }

    public Grounds parents() {
      return new Grounds(grounds.father().parent(), grounds.mother().parent());
    }

    public Placement where() {
      return Values.of(Placement.class, placement);
    }

    public BigDecimal other() {
      return otherBenefitMonthly == null || otherBenefitMonthly.isBlank()
          ? BigDecimal.ZERO.setScale(2)
          : new BigDecimal(otherBenefitMonthly.strip());
    }

    public Instant applied() {
      return Values.instant(appliedAt);
    }
  }

  /** Each parent's situation. */
  public record GroundsForm(
      @Schema(required = true) @Required @Valid ParentForm father,
      @Schema(required = true) @Required @Valid ParentForm mother) {}

  /** A parent's situation and since when. */
  public record ParentForm(
      @Schema(implementation = ParentSituation.class, required = true)
          @Required
          @OneOf(ParentSituation.class)
          String situation,
      @Schema(type = SchemaType.STRING, format = "date", examples = "2026-04-10") @Date
          String since) {

    Grounds.Parent parent() {
      LocalDate from = since == null || since.isBlank() ? null : Values.date(since);
      return new Grounds.Parent(Values.of(ParentSituation.class, situation), from);
    }
  }

  /** Who is paid. */
  @Schema(name = "PayeeForm")
  public record Payee(
      @Schema(implementation = SupportFile.PayeeKind.class, required = true)
          @Required
          @OneOf(SupportFile.PayeeKind.class)
          String kind,
      @Schema(examples = "王秀英", required = true, maxLength = 100) @Required @Text(max = 100)
          String name,
      @Schema(required = true, maxLength = 64) @Required @Text(max = 64) String bankAccount) {

    public SupportFile.PayeeKind who() {
      return Values.of(SupportFile.PayeeKind.class, kind);
    }
  }

  /** The street's verification. */
  public enum Verified {
    VERIFIED,
    REFUSED
  }

  /** The district's confirmation. */
  public enum Confirmed {
    CONFIRMED,
    REFUSED
  }

  /** A decision: VERIFIED / CONFIRMED or REFUSED with written reasons, and when. */
  public record Verification(
      @Schema(implementation = Verified.class, required = true) @Required @OneOf(Verified.class)
          String decision,
      @Schema(maxLength = 4000) @Text(max = 4000) String reason,
      @Schema(
              type = SchemaType.STRING,
              format = "date-time",
              examples = "2026-11-28T10:15:00+08:00",
              description = "RFC 3339 with offset; not in the future")
          @DateTime
          String at) {

    public boolean yes() {
      return Values.of(Verified.class, decision) == Verified.VERIFIED;
    }

    /** When it was decided: as given, else {@code now}. */
    public Instant when(Instant now) {
      return Values.instantOr(at, now);
    }
  }

  /** The district's decision. */
  public record Confirmation(
      @Schema(implementation = Confirmed.class, required = true) @Required @OneOf(Confirmed.class)
          String decision,
      @Schema(maxLength = 4000) @Text(max = 4000) String reason,
      @Schema(
              type = SchemaType.STRING,
              format = "date-time",
              examples = "2026-11-28T10:15:00+08:00",
              description = "RFC 3339 with offset; not in the future")
          @DateTime
          String at) {

    public boolean yes() {
      return Values.of(Confirmed.class, decision) == Confirmed.CONFIRMED;
    }

    /** When it was decided: as given, else {@code now}. */
    public Instant when(Instant now) {
      return Values.instantOr(at, now);
    }
  }

  /** Support ends: why and when. */
  public record End(
      @Schema(required = true, maxLength = 4000) @Required @Text(max = 4000) String reason,
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

  /** The annual review: when it was done (now if not given). */
  @Schema(name = "SupportAnnualReview")
  public record Review(
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
