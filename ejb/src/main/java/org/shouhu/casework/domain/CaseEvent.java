package org.shouhu.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a case's timeline: who did what, when, and why. Append-only: events are never
 * changed or deleted; a correction is a new event.
 */
@Entity
@Table(name = "case_event")
public class CaseEvent {

  /** What happened. */
  public enum Type {
    RECEIVED,
    TRANSITION,
    NOT_ACCEPTED,
    REOPENED,
    CLOSURE_REQUESTED,
    CLOSURE_APPROVED,
    CLOSURE_REJECTED,
    CLOSURE_WITHDRAWN,
    ASSIGNED,
    LEGAL_AID_REFERRED,
    VISITED
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private Case caseFile;

  @Column(name = "seq", nullable = false)
  private int sequence;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Column(name = "username", nullable = false, length = 255)
  private String user;

  @Column(name = "event_type", nullable = false, length = 32)
  private String type;

  @Column(name = "detail", length = 4000)
  private String detail;

  protected CaseEvent() {}

  CaseEvent(Case caseFile, int sequence, Instant at, String user, Type type, String detail) {
    this.id = UUID.randomUUID().toString();
    this.caseFile = caseFile;
    this.sequence = sequence;
    this.at = at;
    this.user = user;
    this.type = type.name();
    this.detail = detail;
  }

  /** "{@code what}: {@code reason} (→ {@code referredTo})", leaving out what is blank. */
  static String detail(String what, String reason, String referredTo) {
    StringBuilder detail = new StringBuilder(what);
    if (reason != null && !reason.isBlank()) {
      detail.append(": ").append(reason.strip());
    }
    if (referredTo != null && !referredTo.isBlank()) {
      detail.append(" (→ ").append(referredTo.strip()).append(')');
    }
    return detail.toString();
  }

  public int sequence() {
    return sequence;
  }

  public Instant at() {
    return at;
  }

  public String user() {
    return user;
  }

  public Type type() {
    return Type.valueOf(type);
  }

  public String detail() {
    return detail;
  }
}
