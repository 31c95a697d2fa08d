package org.shouhu.shared.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.shouhu.shared.application.Mail;

/** A queued mail and how its sending went. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

  /** PENDING → SENDING (claimed by one server) → SENT, LOGGED (no mail server) or FAILED. */
  public enum Status {
    PENDING,
    SENDING,
    SENT,
    LOGGED,
    FAILED
  }

  /** Attempts before giving up: with the back-off below, about a day. */
  static final int MAX_ATTEMPTS = 30;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "recipient", nullable = false, length = 255)
  private String recipient;

  @Column(name = "subject", nullable = false, length = 400)
  private String subject;

  @Column(name = "body", nullable = false)
  private String body;

  @Column(name = "reason", nullable = false, length = 40)
  private String reason;

  @Column(name = "case_id", length = 36)
  private String caseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 12)
  private Status status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected OutboxMail() {}

  OutboxMail(Mail mail, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.recipient = mail.recipient();
    this.subject = mail.subject();
    this.body = mail.body();
    this.reason = mail.reason();
    this.caseId = mail.caseId();
    this.status = Status.PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  void delivered(Status how, Instant at) {
    status = how;
    sentAt = at;
    lastError = null;
  }

  /** A failed attempt: try again later, doubling the wait from 30 s up to an hour, then give up. */
  void failed(String error, Instant at) {
    attempts++;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    if (attempts >= MAX_ATTEMPTS) {
      status = Status.FAILED;
      return;
    }
    long seconds = Math.min(3600, 30L << Math.min(attempts - 1, 7));
    status = Status.PENDING;
    nextAttemptAt = at.plus(Duration.ofSeconds(seconds));
  }

  public String id() {
    return id;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public String reason() {
    return reason;
  }

  public String caseId() {
    return caseId;
  }

  public Status status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }
}
