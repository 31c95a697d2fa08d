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
import java.util.Optional;
import java.util.UUID;

/**
 * What happened to a protection order after its application, besides rulings: its service on the
 * parties (art. 32), a breach with the police report (art. 34), a party's request for
 * reconsideration (art. 31).
 */
@Entity
@Table(name = "order_event")
public class OrderEvent {

  /** What happened. */
  public enum Type {
    SERVED,
    VIOLATED,
    RECONSIDERATION
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "order_id")
  private ProtectionOrder order;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", nullable = false, length = 20)
  private Type type;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  /** SERVED: on whom (comma-separated); RECONSIDERATION: the party. */
  @Column(name = "codes", length = 200)
  private String codes;

  /** VIOLATED: the police report's number. */
  @Column(name = "reference", length = 100)
  private String reference;

  /** VIOLATED: what happened (sealed). */
  @Column(name = "notes")
  private String notes;

  @Column(name = "recorded_by", nullable = false, length = 255)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected OrderEvent() {}

  OrderEvent(
      ProtectionOrder order,
      Type type,
      Instant at,
      String codes,
      String reference,
      String notes,
      String recordedBy,
      Instant recordedAt) {
    this.id = UUID.randomUUID().toString();
    this.order = order;
    this.type = type;
    this.at = at;
    this.codes = codes;
    this.reference = reference;
    this.notes = notes;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public String id() {
    return id;
  }

  public Type type() {
    return type;
  }

  public Instant at() {
    return at;
  }

  public Optional<String> codes() {
    return Optional.ofNullable(codes);
  }

  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
