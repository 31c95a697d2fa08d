package org.shouhu.legalaid.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A referral of a case to the legal aid centre (法律援助). From the first referral on, legal-aid
 * officers may read the case, without the reporter's identity. Legal Aid Law art. 32: victims of
 * abuse, abandonment or domestic violence are not subject to the economic-hardship test — the
 * acceptance step (a later issue) must honour that.
 */
@Entity
@Table(name = "legal_aid_referral")
public class LegalAidReferral {

  /** Where the referral stands. */
  public enum Status {
    REFERRED,
    ACCEPTED,
    DECLINED,
    CONCLUDED
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "case_id", nullable = false, length = 36)
  private String caseId;

  @Column(name = "reason", length = 4000)
  private String reason;

  /** Whether the person's consent to the referral was recorded (false = not recorded). */
  @Column(name = "consent", nullable = false)
  private boolean consent;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private Status status;

  @Column(name = "referred_by", nullable = false, length = 255)
  private String referredBy;

  @Column(name = "referred_at", nullable = false)
  private Instant referredAt;

  protected LegalAidReferral() {}

  public LegalAidReferral(
      String caseId, String reason, boolean consent, String referredBy, Instant referredAt) {
    this.id = UUID.randomUUID().toString();
    this.caseId = caseId;
    this.reason = reason;
    this.consent = consent;
    this.status = Status.REFERRED;
    this.referredBy = referredBy;
    this.referredAt = referredAt;
  }

  public String id() {
    return id;
  }

  public String caseId() {
    return caseId;
  }

  public String reason() {
    return reason;
  }

  public boolean consent() {
    return consent;
  }

  public Status status() {
    return status;
  }

  public String referredBy() {
    return referredBy;
  }

  public Instant referredAt() {
    return referredAt;
  }
}
