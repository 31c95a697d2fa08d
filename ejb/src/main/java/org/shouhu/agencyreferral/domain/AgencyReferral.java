package org.shouhu.agencyreferral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.shared.domain.InvalidInputException;

/**
 * A referral to another agency with a time limit (分级处理、限时办结): from a hotline call or from a case of
 * any kind, to whom, what was asked, and the agency's answer and when it came. The answer is due at
 * {@link #dueAt()} ({@link ReferralClock}); it meets the limit when it came by then.
 */
@Entity
@Table(name = "agency_referral")
public class AgencyReferral {

  /** What was referred. */
  public enum Origin {
    CALL,
    CASE
  }

  /** The deadline's name, on a case's deadlines and a call's. */
  public static final String DEADLINE = "REFERRAL_ANSWER";

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "origin", nullable = false, length = 4)
  private Origin origin;

  @Column(name = "origin_id", nullable = false, length = 36)
  private String originId;

  /** The call's or the case's number, for the mail that chases the answer. */
  @Column(name = "origin_number", nullable = false, length = 20)
  private String originNumber;

  @Column(name = "district", nullable = false, length = 12)
  private String district;

  @Enumerated(EnumType.STRING)
  @Column(name = "agency", nullable = false, length = 32)
  private Agency agency;

  @Column(name = "unit_name", length = 200)
  private String unit;

  private String asked;

  @Column(name = "referred_at", nullable = false)
  private Instant referredAt;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  private String answer;

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected AgencyReferral() {}

  /**
   * A referral made at {@code referredAt}; its answer is due at {@code dueAt}. The unit (e.g. the
   * police station's name) and what was asked are optional.
   */
  public static AgencyReferral make(
      Origin origin,
      String originId,
      String originNumber,
      String district,
      Agency agency,
      String unit,
      String asked,
      Instant referredAt,
      Instant dueAt,
      Actor by,
      Instant now) {
    AgencyReferral r = new AgencyReferral();
    r.id = UUID.randomUUID().toString();
    r.origin = origin;
    r.originId = originId;
    r.originNumber = originNumber;
    r.district = district;
    r.agency = agency;
    r.unit = blankToNull(unit);
    r.asked = blankToNull(asked);
    r.referredAt = referredAt;
    r.dueAt = dueAt;
    r.createdBy = by.username();
    r.createdAt = now;
    return r;
  }

  /**
   * Records the agency's answer, given at {@code at}: once (a second answer is a conflict), and not
   * before the referral was made.
   */
  public void answer(Instant at, String text, Actor by) {
    if (answeredAt != null) {
      throw new ConflictException("referral.alreadyAnswered");
    }
    if (at.isBefore(referredAt)) {
      throw InvalidInputException.of("at", "referral.answerBeforeReferral");
    }
    answeredAt = at;
    answer = blankToNull(text);
    answeredBy = by.username();
  }

  /** Whether the answer came in time (false while none came). */
  public boolean met() {
    return answeredAt != null && !answeredAt.isAfter(dueAt);
  }

  /** Still waiting for an answer after its time. */
  public boolean isOverdue(Instant now) {
    return answeredAt == null && now.isAfter(dueAt);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String id() {
    return id;
  }

  public Origin origin() {
    return origin;
  }

  public String originId() {
    return originId;
  }

  public String originNumber() {
    return originNumber;
  }

  public String district() {
    return district;
  }

  public Agency agency() {
    return agency;
  }

  public Optional<String> unit() {
    return Optional.ofNullable(unit);
  }

  public Optional<String> asked() {
    return Optional.ofNullable(asked);
  }

  public Instant referredAt() {
    return referredAt;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public Optional<Instant> answeredAt() {
    return Optional.ofNullable(answeredAt);
  }

  public Optional<String> answerText() {
    return Optional.ofNullable(answer);
  }

  public Optional<String> answeredBy() {
    return Optional.ofNullable(answeredBy);
  }

  public Optional<Instant> escalatedAt() {
    return Optional.ofNullable(escalatedAt);
  }

  public String createdBy() {
    return createdBy;
  }
}
