package org.shouhu.protection.application;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shouhu.protection.domain.Measure;
import org.shouhu.protection.domain.OrderRuling;
import org.shouhu.protection.domain.ProtectionOrder;
import org.shouhu.shared.application.validation.Date;
import org.shouhu.shared.application.validation.DateTime;
import org.shouhu.shared.application.validation.OneOf;
import org.shouhu.shared.application.validation.Required;
import org.shouhu.shared.application.validation.Text;
import org.shouhu.shared.application.validation.Values;

/**
 * What domestic-violence work is asked to record (API.md "Kind-specific parts", "Domestic violence,
 * continued"), with its constraints.
 */
public final class OrderCommands {

  private OrderCommands() {}

  /** A police written warning; {@code attachment} the id of the case file with its scan. */
  public record Warning(
      @Schema(required = true, maxLength = 200) @Required @Text(max = 200) String issuedBy,
      @Schema(
              type = SchemaType.STRING,
              format = "date-time",
              examples = "2026-11-28T10:15:00+08:00",
              description = "RFC 3339 with offset; not in the future",
              required = true)
          @Required
          @DateTime
          String issuedAt,
      @Schema(maxLength = 100) @Text(max = 100) String number,
      @Schema(maxLength = 36) @Text(max = 36) String attachment) {

    public Instant at() {
      return Values.instant(issuedAt);
    }
  }

  /** An application for a protection order, as the court accepted it. */
  @Schema(name = "ProtectionOrderApplication")
  public record Application(
      @Schema(implementation = ProtectionOrder.Applicant.class, required = true)
          @Required
          @OneOf(ProtectionOrder.Applicant.class)
          String applicant,
      @Schema(required = true, maxLength = 200) @Required @Text(max = 200) String court,
      @Schema(
              type = SchemaType.STRING,
              format = "date-time",
              examples = "2026-11-28T10:15:00+08:00",
              description = "RFC 3339 with offset; not in the future",
              required = true)
          @Required
          @DateTime
          String appliedAt,
      @Schema(
              type = SchemaType.STRING,
              format = "date-time",
              examples = "2026-11-28T10:15:00+08:00",
              description = "RFC 3339 with offset; not in the future",
              required = true)
          @Required
          @DateTime
          String acceptedAt,
      Boolean urgent,
      @Schema(type = SchemaType.ARRAY, implementation = Measure.class, maxItems = 4)
          @Size(max = 4, message = "{validation.tooMany}")
          List<@Required @OneOf(Measure.class) String> measures) {

    public ProtectionOrder.Applicant who() {
      return Values.of(ProtectionOrder.Applicant.class, applicant);
    }

    public Instant applied() {
      return Values.instant(appliedAt);
    }

    public Instant accepted() {
      return Values.instant(acceptedAt);
    }

    public boolean isUrgent() {
      return Boolean.TRUE.equals(urgent);
    }

    public Set<Measure> requested() {
      return measuresOf(measures);
    }
  }

  /** A court's ruling; measures and the last day for an order in force. */
  public record Ruling(
      @Schema(implementation = OrderRuling.Decision.class, required = true)
          @Required
          @OneOf(OrderRuling.Decision.class)
          String decision,
      @Schema(
              type = SchemaType.STRING,
              format = "date-time",
              examples = "2026-11-28T10:15:00+08:00",
              description = "RFC 3339 with offset; not in the future",
              required = true)
          @Required
          @DateTime
          String ruledAt,
      @Schema(type = SchemaType.ARRAY, implementation = Measure.class, maxItems = 4)
          @Size(max = 4, message = "{validation.tooMany}")
          List<@Required @OneOf(Measure.class) String> measures,
      @Schema(
              type = SchemaType.STRING,
              examples = "2026-04-10",
              description = "A date, or a date-time, counted as its Beijing day")
          @Date(orDateTime = true)
          String validUntil) {

    public OrderRuling.Decision decided() {
      return Values.of(OrderRuling.Decision.class, decision);
    }

    public Instant at() {
      return Values.instant(ruledAt);
    }

    public Set<Measure> ordered() {
      return measuresOf(measures);
    }

    public LocalDate until() {
      return Values.day(validUntil);
    }
  }

  /** The order served on these, then. */
  public record Service(
      @Schema(
              type = SchemaType.ARRAY,
              implementation = ProtectionOrder.Served.class,
              required = true,
              minItems = 1,
              maxItems = 5)
          @Required
          @Size(min = 1, max = 5, message = "{validation.tooMany}")
          List<@Required @OneOf(ProtectionOrder.Served.class) String> servedOn,
      @Schema(
              type = SchemaType.STRING,
              format = "date-time",
              examples = "2026-11-28T10:15:00+08:00",
              description = "RFC 3339 with offset; not in the future",
              required = true)
          @Required
          @DateTime
          String at) {

    public Set<ProtectionOrder.Served> on() {
      EnumSet<ProtectionOrder.Served> set = EnumSet.noneOf(ProtectionOrder.Served.class);
      servedOn.forEach(s -> set.add(Values.of(ProtectionOrder.Served.class, s)));
      return set;
    }

    public Instant when() {
      return Values.instant(at);
    }
  }

  /** A breach of the order: when, the police report's number, what happened. */
  public record Violation(
      @Schema(
              type = SchemaType.STRING,
              format = "date-time",
              examples = "2026-11-28T10:15:00+08:00",
              description = "RFC 3339 with offset; not in the future",
              required = true)
          @Required
          @DateTime
          String at,
      @Schema(maxLength = 100) @Text(max = 100) String policeReport,
      @Schema(maxLength = ProtectionCommands.TEXT_MAX) @Text(max = ProtectionCommands.TEXT_MAX)
          String notes) {

    public Instant when() {
      return Values.instant(at);
    }
  }

  /** A party's request for reconsideration (extension). */
  public record Reconsideration(
      @Schema(implementation = ProtectionOrder.Party.class, required = true)
          @Required
          @OneOf(ProtectionOrder.Party.class)
          String party,
      @Schema(
              type = SchemaType.STRING,
              format = "date-time",
              examples = "2026-11-28T10:15:00+08:00",
              description = "RFC 3339 with offset; not in the future",
              required = true)
          @Required
          @DateTime
          String at) {

    public ProtectionOrder.Party who() {
      return Values.of(ProtectionOrder.Party.class, party);
    }

    public Instant when() {
      return Values.instant(at);
    }
  }

  private static Set<Measure> measuresOf(List<String> measures) {
    EnumSet<Measure> set = EnumSet.noneOf(Measure.class);
    if (measures != null) {
      measures.forEach(m -> set.add(Values.of(Measure.class, m)));
    }
    return set;
  }
}
