package org.shouhu.protection.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.shouhu.protection.domain.OrderEvent;
import org.shouhu.protection.domain.OrderRuling;
import org.shouhu.protection.domain.PoliceWarning;
import org.shouhu.protection.domain.ProtectionOrder;

/**
 * Warnings and protection orders as a case's readers see them ({@code warnings}, {@code
 * protectionOrders}).
 */
public final class OrderSheets {

  private OrderSheets() {}

  /** A police written warning; {@code attachment} the id of its scan among the case's files. */
  public record WarningSheet(
      String id,
      String issuedBy,
      Instant issuedAt,
      String number,
      String attachment,
      String recordedBy,
      Instant recordedAt) {}

  /**
   * A protection order: the application, its status as of reading, the ruling's due time, what is
   * in force (measures, last day), and its history.
   */
  public record OrderSheet(
      String id,
      String status,
      String applicant,
      String court,
      Instant appliedAt,
      Instant acceptedAt,
      boolean urgent,
      Instant rulingDueAt,
      List<String> measures,
      LocalDate validUntil,
      List<String> measuresRequested,
      List<RulingSheet> rulings,
      List<ServiceSheet> services,
      List<ViolationSheet> violations,
      List<ReconsiderationSheet> reconsiderations) {}

  /** A ruling. */
  public record RulingSheet(
      String decision,
      Instant ruledAt,
      List<String> measures,
      LocalDate validUntil,
      String recordedBy) {}

  /** A service of the order. */
  public record ServiceSheet(List<String> servedOn, Instant at, String recordedBy) {}

  /** A breach. */
  public record ViolationSheet(
      String id, Instant at, String policeReport, String notes, String recordedBy) {}

  /** A request for reconsideration. */
  public record ReconsiderationSheet(String party, Instant at, String recordedBy) {}

  static WarningSheet warning(PoliceWarning w) {
    return new WarningSheet(
        w.id(),
        w.issuedBy(),
        w.issuedAt(),
        w.number().orElse(null),
        w.attachmentId().orElse(null),
        w.recordedBy(),
        w.recordedAt());
  }

  static OrderSheet order(ProtectionOrder o, Instant now) {
    OrderRuling current = o.currentRuling().orElse(null);
    return new OrderSheet(
        o.id(),
        o.status(now).name(),
        o.applicant().name(),
        o.court(),
        o.appliedAt(),
        o.acceptedAt(),
        o.urgent(),
        o.rulingDueAt(),
        current == null ? List.of() : names(current.measures()),
        current == null ? null : current.validUntil().orElse(null),
        names(o.measuresRequested()),
        o.rulings().stream()
            .map(
                r ->
                    new RulingSheet(
                        r.decision().name(),
                        r.ruledAt(),
                        names(r.measures()),
                        r.validUntil().orElse(null),
                        r.recordedBy()))
            .toList(),
        o.events().stream()
            .filter(e -> e.type() == OrderEvent.Type.SERVED)
            .map(
                e ->
                    new ServiceSheet(
                        List.of(e.codes().orElse("").split(",")), e.at(), e.recordedBy()))
            .toList(),
        o.events().stream()
            .filter(e -> e.type() == OrderEvent.Type.VIOLATED)
            .map(OrderSheets::violation)
            .toList(),
        o.events().stream()
            .filter(e -> e.type() == OrderEvent.Type.RECONSIDERATION)
            .map(e -> new ReconsiderationSheet(e.codes().orElse(null), e.at(), e.recordedBy()))
            .toList());
  }

  static ViolationSheet violation(OrderEvent e) {
    return new ViolationSheet(
        e.id(), e.at(), e.reference().orElse(null), e.notes().orElse(null), e.recordedBy());
  }

  private static List<String> names(java.util.Set<? extends Enum<?>> codes) {
    return codes.stream().map(Enum::name).sorted().toList();
  }
}
