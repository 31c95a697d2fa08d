package org.shouhu.protection.application;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
      @Required @Text(max = 200) String issuedBy,
      @Required @DateTime String issuedAt,
      @Text(max = 100) String number,
      @Text(max = 36) String attachment) {

    public Instant at() {
      return Values.instant(issuedAt);
    }
  }

  /** An application for a protection order, as the court accepted it. */
  public record Application(
      @Required @OneOf(ProtectionOrder.Applicant.class) String applicant,
      @Required @Text(max = 200) String court,
      @Required @DateTime String appliedAt,
      @Required @DateTime String acceptedAt,
      Boolean urgent,
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
      @Required @OneOf(OrderRuling.Decision.class) String decision,
      @Required @DateTime String ruledAt,
      @Size(max = 4, message = "{validation.tooMany}")
          List<@Required @OneOf(Measure.class) String> measures,
      @Date(orDateTime = true) String validUntil) {

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
      @Required @Size(min = 1, max = 5, message = "{validation.tooMany}")
          List<@Required @OneOf(ProtectionOrder.Served.class) String> servedOn,
      @Required @DateTime String at) {

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
      @Required @DateTime String at,
      @Text(max = 100) String policeReport,
      @Text(max = ProtectionCommands.TEXT_MAX) String notes) {

    public Instant when() {
      return Values.instant(at);
    }
  }

  /** A party's request for reconsideration (extension). */
  public record Reconsideration(
      @Required @OneOf(ProtectionOrder.Party.class) String party, @Required @DateTime String at) {

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
