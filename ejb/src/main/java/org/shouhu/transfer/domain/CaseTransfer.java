package org.shouhu.transfer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseEvent;
import org.shouhu.casework.domain.CasePermissions;
import org.shouhu.casework.domain.DnaRule;
import org.shouhu.shared.domain.AccessDeniedException;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.JurisdictionLevel;
import org.shouhu.shared.domain.Role;

/**
 * A case's transfer to another community (Primero's transfer): asked for by the case's handlers
 * with a reason, to a community other than its own, while the case is open; decided once, by a
 * child director of the receiving community or a supervisor of its street — never by the one who
 * asked. On acceptance the case moves ({@link Case#transferTo}): its history stays, its assignee is
 * reset, the old community loses it and the new one gains it. The asking side may withdraw it until
 * then. Transfers stay within the district (another district's system takes its own cases). Every
 * step is on the case's timeline.
 */
@Entity
@Table(name = "case_transfer")
public class CaseTransfer {

  /** The longest reason, in characters. */
  public static final int REASON_MAX = 2000;

  /** Where the transfer stands. */
  public enum Status {
    REQUESTED,
    ACCEPTED,
    REJECTED,
    /** The asking side took it back before the receiver decided. */
    WITHDRAWN
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "case_id", nullable = false, length = 36)
  private String caseId;

  @Column(name = "from_community", nullable = false, length = 12)
  private String fromCommunity;

  @Column(name = "to_community", nullable = false, length = 12)
  private String toCommunity;

  @Column(name = "reason", length = 65535)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private Status status;

  @Column(name = "requested_by", nullable = false, length = 255)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "decided_by", length = 255)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_reason", length = 65535)
  private String decisionReason;

  protected CaseTransfer() {}

  /**
   * Asks to move {@code c} to community {@code to}: by one who may work the case (403), on an open
   * case (422 on {@code status}), to a community (422 on {@code to}) other than its own (422 on
   * {@code to}), with a reason (422 on {@code reason}); recorded on the case's timeline.
   */
  public static CaseTransfer request(
      Case c, JurisdictionCode to, String reason, Actor by, Instant now) {
    c.permissions().requireWork(by);
    if (to.level() != JurisdictionLevel.COMMUNITY) {
      throw InvalidInputException.of("to", "validation.community");
    }
    if (to.equals(c.jurisdiction())) {
      throw InvalidInputException.of("to", "transfer.sameCommunity");
    }
    if (!to.district().equals(c.jurisdiction().district())) {
      throw InvalidInputException.of("to", "transfer.otherDistrict");
    }
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.of("reason", "validation.required");
    }
    DnaRule.check(c, "reason", reason);
    CaseTransfer t = new CaseTransfer();
    t.id = UUID.randomUUID().toString();
    t.caseId = c.id();
    t.fromCommunity = c.jurisdiction().value();
    t.toCommunity = to.value();
    t.reason = reason.strip();
    t.status = Status.REQUESTED;
    t.requestedBy = by.username();
    t.requestedAt = now;
    c.recordEvent(
        CaseEvent.Type.TRANSFER_REQUESTED,
        List.of(t.fromCommunity, t.toCommunity),
        t.reason,
        by,
        now);
    return t;
  }

  /**
   * Whether {@code by}, whose jurisdiction is {@code where}, receives this transfer: a child
   * director of the receiving community or a supervisor of its street.
   */
  public boolean receivedBy(Actor by, JurisdictionCode where) {
    return where != null
        && by.hasAny(Role.CHILD_DIRECTOR, Role.CHILD_SUPERVISOR)
        && where.level() != JurisdictionLevel.DISTRICT
        && new JurisdictionCode(toCommunity).isWithin(where);
  }

  /**
   * The receiver decides (see {@link #receivedBy}; the caller has checked she is one): once (409),
   * never the one who asked (403), a rejection with a reason (422 on {@code reason}). Accepting
   * moves {@code c}; both are recorded on its timeline.
   */
  public void decide(boolean accept, String why, Case c, Actor by, Instant now) {
    if (status != Status.REQUESTED) {
      throw new ConflictException("transfer.decided");
    }
    if (by.username().equals(requestedBy)) {
      throw new AccessDeniedException("transfer.selfDecision");
    }
    String text = why == null || why.isBlank() ? null : why.strip();
    if (!accept && text == null) {
      throw InvalidInputException.of("reason", "validation.required");
    }
    DnaRule.check(c, "reason", text);
    if (accept) {
      c.transferTo(new JurisdictionCode(toCommunity), text, by, now);
    } else {
      c.recordEvent(
          CaseEvent.Type.TRANSFER_REJECTED, List.of(fromCommunity, toCommunity), text, by, now);
    }
    status = accept ? Status.ACCEPTED : Status.REJECTED;
    decisionReason = text;
    decidedBy = by.username();
    decidedAt = now;
  }

  /**
   * The asking side withdraws it before the receiver decides (409 after): one who may work the
   * case, even once it is closed — a closed case's pending transfer is withdrawn this way.
   */
  public void withdraw(Case c, Actor by, Instant now) {
    if (status != Status.REQUESTED) {
      throw new ConflictException("transfer.decided");
    }
    CasePermissions.requireCasework(by);
    status = Status.WITHDRAWN;
    decidedBy = by.username();
    decidedAt = now;
    c.recordEvent(
        CaseEvent.Type.TRANSFER_WITHDRAWN, List.of(fromCommunity, toCommunity), null, by, now);
  }

  public String id() {
    return id;
  }

  public String caseId() {
    return caseId;
  }

  public JurisdictionCode from() {
    return new JurisdictionCode(fromCommunity);
  }

  public JurisdictionCode to() {
    return new JurisdictionCode(toCommunity);
  }

  public String reason() {
    return reason;
  }

  public Status status() {
    return status;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<String> decisionReason() {
    return Optional.ofNullable(decisionReason);
  }
}
