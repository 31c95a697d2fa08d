package org.shouhu.protection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A court's ruling on a protection order (裁定): the first issues or rejects it; later ones extend,
 * change or revoke it (art. 30), each counting its 6 months from its own day.
 */
@Entity
@Table(name = "order_ruling")
public class OrderRuling {

  /** What the court decided. */
  @Schema(name = "OrderRulingDecision")
  public enum Decision {
    ISSUED,
    REJECTED,
    EXTENDED,
    CHANGED,
    REVOKED;

    /** The first ruling on an application. */
    public boolean isFirst() {
      return this == ISSUED || this == REJECTED;
    }

    /** The order is in force after it, with measures and a last day. */
    public boolean inForce() {
      return this == ISSUED || this == EXTENDED || this == CHANGED;
    }
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "order_id")
  private ProtectionOrder order;

  @Column(name = "seq", nullable = false)
  private int sequence;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision", nullable = false, length = 16)
  private Decision decision;

  @Column(name = "ruled_at", nullable = false)
  private Instant ruledAt;

  /** Comma-separated {@link Measure} names; null when not in force. */
  @Column(name = "measures", length = 200)
  private String measures;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Column(name = "recorded_by", nullable = false, length = 255)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected OrderRuling() {}

  OrderRuling(
      ProtectionOrder order,
      int sequence,
      Decision decision,
      Instant ruledAt,
      Set<Measure> measures,
      LocalDate validUntil,
      String recordedBy,
      Instant recordedAt) {
    this.id = UUID.randomUUID().toString();
    this.order = order;
    this.sequence = sequence;
    this.decision = decision;
    this.ruledAt = ruledAt;
    this.measures =
        measures.isEmpty()
            ? null
            : measures.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    this.validUntil = validUntil;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public String id() {
    return id;
  }

  public int sequence() {
    return sequence;
  }

  public Decision decision() {
    return decision;
  }

  public Instant ruledAt() {
    return ruledAt;
  }

  public Set<Measure> measures() {
    if (measures == null) {
      return Set.of();
    }
    EnumSet<Measure> set = EnumSet.noneOf(Measure.class);
    Arrays.stream(measures.split(",")).map(Measure::valueOf).forEach(set::add);
    return set;
  }

  public Optional<LocalDate> validUntil() {
    return Optional.ofNullable(validUntil);
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
