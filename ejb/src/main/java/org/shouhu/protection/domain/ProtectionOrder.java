package org.shouhu.protection.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseEvent;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.DeadlinePolicy;
import org.shouhu.casework.domain.DnaRule;
import org.shouhu.casework.domain.Milestone;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.domain.InvalidInputException;

/**
 * 人身安全保护令 — a personal safety protection order (Anti-Domestic Violence Law arts. 23–34), from the
 * application to its end: who applied (the victim, or for her the persons and bodies of art. 23 and
 * the 2022 provisions), at which court, when it was accepted — the court then rules within {@link
 * LegalClock#rulingDue 72 hours, 24 when urgent} ({@link #RULING_DEADLINE} on the case) —; the
 * rulings (issued with measures and at most 6 months' validity, or rejected; then extended, changed
 * or revoked, each counting from its own day); its service; breaches; requests for reconsideration.
 * An order in force carries {@link #EXPIRY_DEADLINE}, 14 days before its last day.
 */
@Entity
@Table(name = "protection_order")
public class ProtectionOrder {

  public static final String RULING_DEADLINE = "PROTECTION_ORDER_RULING";
  public static final String EXPIRY_DEADLINE = "ORDER_EXPIRY";

  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  /** Who applied (art. 23; the Supreme People's Court's 2022 provisions). */
  public enum Applicant {
    VICTIM,
    RELATIVE,
    POLICE,
    WOMENS_FEDERATION,
    RESIDENTS_COMMITTEE,
    VILLAGERS_COMMITTEE,
    CIVIL_AFFAIRS,
    RESCUE_AGENCY,
    DISABLED_PERSONS_FEDERATION,
    ELDERLY_ORGANISATION,
    OTHER
  }

  /** Where the order stands; EXPIRED is an issued order past its last day, as of reading. */
  public enum Status {
    PENDING,
    ISSUED,
    REJECTED,
    REVOKED,
    EXPIRED
  }

  /** On whom an order is served (art. 32). */
  public enum Served {
    APPLICANT,
    RESPONDENT,
    POLICE,
    RESIDENTS_COMMITTEE,
    VILLAGERS_COMMITTEE
  }

  /** Who asks for reconsideration (art. 31). */
  public enum Party {
    APPLICANT,
    RESPONDENT
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "case_id", nullable = false, length = 36)
  private String caseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "applicant", nullable = false, length = 32)
  private Applicant applicant;

  @Column(name = "court", nullable = false, length = 200)
  private String court;

  @Column(name = "applied_at", nullable = false)
  private Instant appliedAt;

  @Column(name = "accepted_at", nullable = false)
  private Instant acceptedAt;

  @Column(name = "urgent", nullable = false)
  private boolean urgent;

  @Column(name = "ruling_due_at", nullable = false)
  private Instant rulingDueAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private Status status;

  /** The measures asked for (for the application form), comma-separated; null when none. */
  @Column(name = "measures_requested", length = 200)
  private String measuresRequested;

  @Column(name = "created_by", nullable = false, length = 255)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
  @OrderBy("sequence")
  private List<OrderRuling> rulings = new ArrayList<>();

  @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
  @OrderBy("at")
  private List<OrderEvent> events = new ArrayList<>();

  protected ProtectionOrder() {}

  /**
   * An application accepted by the court (the case then awaits the ruling), on a domestic-violence
   * case, by someone who may work it now.
   */
  public static ProtectionOrder apply(
      Case c,
      Applicant applicant,
      String court,
      Instant appliedAt,
      Instant acceptedAt,
      boolean urgent,
      Set<Measure> requested,
      Actor by,
      Instant now) {
    c.permissions().requireWork(by);
    if (c.kind() != CaseKind.DOMESTIC_VIOLENCE) {
      throw InvalidInputException.of("kind", "order.domesticViolenceOnly");
    }
    notInFuture("appliedAt", appliedAt, now);
    notInFuture("acceptedAt", acceptedAt, now);
    if (acceptedAt.isBefore(appliedAt)) {
      throw InvalidInputException.of("acceptedAt", "order.acceptedBeforeApplied");
    }
    DnaRule.check(c, "court", court);
    ProtectionOrder o = new ProtectionOrder();
    o.id = UUID.randomUUID().toString();
    o.caseId = c.id();
    o.applicant = applicant;
    o.court = court.strip();
    o.appliedAt = appliedAt;
    o.acceptedAt = acceptedAt;
    o.urgent = urgent;
    o.rulingDueAt = LegalClock.rulingDue(acceptedAt, urgent);
    o.status = Status.PENDING;
    o.measuresRequested = join(requested);
    o.createdBy = by.username();
    o.createdAt = now;
    c.track(RULING_DEADLINE, o.id, acceptedAt, o.rulingDueAt);
    c.recordEvent(
        CaseEvent.Type.ORDER_APPLIED,
        urgent ? List.of(applicant.name(), "URGENT") : List.of(applicant.name()),
        o.court,
        by,
        now);
    return o;
  }

  /**
   * A ruling. The first issues or rejects the application — not before it was accepted; later ones
   * extend, change or revoke an order in force — not before the last ruling. An order in force has
   * measures and a last day no later than 6 months after the ruling's own day (an extension's later
   * than the one it extends). An issued order starts the follow-up visits ({@link
   * Milestone#ORDER_ISSUED}).
   */
  public void rule(
      Case c,
      OrderRuling.Decision decision,
      Instant ruledAt,
      Set<Measure> measures,
      LocalDate validUntil,
      Actor by,
      Instant now,
      DeadlinePolicy policy) {
    c.permissions().requireWork(by);
    notInFuture("ruledAt", ruledAt, now);
    Optional<OrderRuling> last = lastRuling();
    if (status == Status.PENDING) {
      if (!decision.isFirst()) {
        throw InvalidInputException.of("decision", "order.firstRuling");
      }
      if (ruledAt.isBefore(acceptedAt)) {
        throw InvalidInputException.of("ruledAt", "order.ruledBeforeAcceptance");
      }
    } else {
      if (status != Status.ISSUED || decision.isFirst()) {
        throw InvalidInputException.of("decision", "order.notInForce");
      }
      if (ruledAt.isBefore(last.orElseThrow().ruledAt())) {
        throw InvalidInputException.of("ruledAt", "order.ruledBeforeLast");
      }
    }
    Set<Measure> inForce = decision.inForce() ? measures : Set.of();
    if (decision.inForce()) {
      checkValidity(decision, ruledAt, measures, validUntil);
    } else if (validUntil != null || !measures.isEmpty()) {
      throw InvalidInputException.of("validUntil", "order.nothingInForce");
    }
    rulings.add(
        new OrderRuling(
            this,
            rulings.size() + 1,
            decision,
            ruledAt,
            inForce,
            decision.inForce() ? validUntil : null,
            by.username(),
            now));
    if (status == Status.PENDING) {
      c.settle(RULING_DEADLINE, id, ruledAt, true);
      if (decision == OrderRuling.Decision.ISSUED) {
        c.reach(Milestone.ORDER_ISSUED, ruledAt, policy);
      }
    }
    status =
        decision.inForce()
            ? Status.ISSUED
            : decision == OrderRuling.Decision.REJECTED ? Status.REJECTED : Status.REVOKED;
    if (decision.inForce()) {
      c.track(EXPIRY_DEADLINE, id, ruledAt, LegalClock.expiryWarning(validUntil));
    } else {
      c.settle(EXPIRY_DEADLINE, id, ruledAt, false);
    }
    c.recordEvent(
        CaseEvent.Type.ORDER_RULED,
        Stream.concat(Stream.of(decision.name()), inForce.stream().sorted().map(Enum::name))
            .toList(),
        validUntil == null ? null : validUntil.toString(),
        by,
        now);
  }

  private void checkValidity(
      OrderRuling.Decision decision, Instant ruledAt, Set<Measure> measures, LocalDate until) {
    if (measures.isEmpty()) {
      throw InvalidInputException.of("measures", "validation.required");
    }
    if (until == null) {
      throw InvalidInputException.of("validUntil", "validation.required");
    }
    if (until.isBefore(Beijing.dateOf(ruledAt))) {
      throw InvalidInputException.of("validUntil", "order.endsBeforeRuling");
    }
    LocalDate latest = LegalClock.latestValidUntil(ruledAt);
    if (until.isAfter(latest)) {
      throw InvalidInputException.of("validUntil", "order.sixMonths", latest.toString());
    }
    LocalDate current = currentRuling().flatMap(OrderRuling::validUntil).orElse(null);
    if (decision == OrderRuling.Decision.EXTENDED && current != null && !until.isAfter(current)) {
      throw InvalidInputException.of("validUntil", "order.notLonger", current.toString());
    }
  }

  /** Served on {@code on} at {@code at} (art. 32): an order that was issued. */
  public void serve(Case c, Set<Served> on, Instant at, Actor by, Instant now) {
    c.permissions().requireWork(by);
    notInFuture("at", at, now);
    OrderRuling issued =
        rulings.stream()
            .filter(r -> r.decision().inForce())
            .findFirst()
            .orElseThrow(() -> InvalidInputException.of("at", "order.notIssued"));
    if (at.isBefore(issued.ruledAt())) {
      throw InvalidInputException.of("at", "order.servedBeforeRuling");
    }
    String served = join(on);
    events.add(
        new OrderEvent(this, OrderEvent.Type.SERVED, at, served, null, null, by.username(), now));
    c.recordEvent(
        CaseEvent.Type.ORDER_SERVED, on.stream().sorted().map(Enum::name).toList(), null, by, now);
  }

  /** A breach at {@code at} of the order then in force (art. 34), with the police report. */
  public OrderEvent violate(
      Case c, Instant at, String policeReport, String notes, Actor by, Instant now) {
    c.permissions().requireWork(by);
    notInFuture("at", at, now);
    if (!inForceAt(at)) {
      throw InvalidInputException.of("at", "order.notInForceAt");
    }
    DnaRule.check(c, "notes", notes);
    OrderEvent breach =
        new OrderEvent(
            this,
            OrderEvent.Type.VIOLATED,
            at,
            null,
            policeReport == null || policeReport.isBlank() ? null : policeReport.strip(),
            notes == null || notes.isBlank() ? null : notes.strip(),
            by.username(),
            now);
    events.add(breach);
    c.recordEvent(
        CaseEvent.Type.ORDER_VIOLATED, List.of(), breach.reference().orElse(null), by, now);
    return breach;
  }

  /**
   * A party asks, once, for reconsideration of the latest ruling (art. 31), within 5 days of it;
   * the order holds meanwhile, and the court's answer is a new ruling.
   */
  public void reconsider(Case c, Party party, Instant at, Actor by, Instant now) {
    c.permissions().requireWork(by);
    notInFuture("at", at, now);
    OrderRuling contested =
        lastRuling().orElseThrow(() -> InvalidInputException.of("at", "order.nothingToReconsider"));
    if (at.isBefore(contested.ruledAt())
        || at.isAfter(LegalClock.reconsiderationEnds(contested.ruledAt()))) {
      throw InvalidInputException.of(
          "at",
          "order.reconsiderationWindow",
          Beijing.dateOf(LegalClock.reconsiderationEnds(contested.ruledAt())).toString());
    }
    boolean asked =
        events.stream()
            .anyMatch(
                e ->
                    e.type() == OrderEvent.Type.RECONSIDERATION
                        && e.codes().orElse("").equals(party.name()));
    if (asked) {
      throw InvalidInputException.of("party", "order.reconsiderationOnce");
    }
    events.add(
        new OrderEvent(
            this,
            OrderEvent.Type.RECONSIDERATION,
            at,
            party.name(),
            null,
            null,
            by.username(),
            now));
    c.recordEvent(CaseEvent.Type.ORDER_RECONSIDERATION, List.of(party.name()), null, by, now);
  }

  /** Whether an order was in force at {@code at}: issued by then and not yet revoked or over. */
  public boolean inForceAt(Instant at) {
    OrderRuling inForce = null;
    for (OrderRuling r : rulings) {
      if (r.ruledAt().isAfter(at)) {
        break;
      }
      inForce = r.decision().inForce() ? r : null;
    }
    return inForce != null && !at.isAfter(Beijing.endOf(inForce.validUntil().orElseThrow()));
  }

  /** The status as of {@code now}: an issued order past its last day reads EXPIRED. */
  public Status status(Instant now) {
    return status == Status.ISSUED
            && currentRuling()
                .flatMap(OrderRuling::validUntil)
                .map(d -> now.isAfter(Beijing.endOf(d)))
                .orElse(false)
        ? Status.EXPIRED
        : status;
  }

  /** The ruling that set what is in force now (the last issuing, extending or changing one). */
  public Optional<OrderRuling> currentRuling() {
    return status == Status.ISSUED ? lastRuling() : Optional.empty();
  }

  private Optional<OrderRuling> lastRuling() {
    return rulings.isEmpty() ? Optional.empty() : Optional.of(rulings.get(rulings.size() - 1));
  }

  private static void notInFuture(String field, Instant at, Instant now) {
    if (at.isAfter(now.plus(CLOCK_SKEW))) {
      throw InvalidInputException.of(field, "order.future");
    }
  }

  private static String join(Set<? extends Enum<?>> codes) {
    return codes == null || codes.isEmpty()
        ? null
        : codes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  public String id() {
    return id;
  }

  public String caseId() {
    return caseId;
  }

  public Applicant applicant() {
    return applicant;
  }

  public String court() {
    return court;
  }

  public Instant appliedAt() {
    return appliedAt;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }

  public boolean urgent() {
    return urgent;
  }

  public Instant rulingDueAt() {
    return rulingDueAt;
  }

  /** The measures asked for in the application. */
  public Set<Measure> measuresRequested() {
    EnumSet<Measure> set = EnumSet.noneOf(Measure.class);
    if (measuresRequested != null) {
      Arrays.stream(measuresRequested.split(",")).map(Measure::valueOf).forEach(set::add);
    }
    return set;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }

  public List<OrderRuling> rulings() {
    return List.copyOf(rulings);
  }

  public List<OrderEvent> events() {
    return List.copyOf(events);
  }
}
