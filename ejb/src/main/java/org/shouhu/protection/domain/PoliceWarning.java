package org.shouhu.protection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseEvent;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.DeadlinePolicy;
import org.shouhu.casework.domain.DnaRule;
import org.shouhu.casework.domain.Milestone;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.InvalidInputException;

/**
 * 告诫书 — a police written warning to the respondent (Anti-Domestic Violence Law art. 16): which
 * station issued it, when, its number, and the case file holding its scan. It starts the follow-up
 * visits of art. 17 ({@link Milestone#WARNED}, on the schedule of the deadline rules).
 */
@Entity
@Table(name = "police_warning")
public class PoliceWarning {

  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "case_id", nullable = false, length = 36)
  private String caseId;

  @Column(name = "issued_by", nullable = false, length = 200)
  private String issuedBy;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "number", length = 100)
  private String number;

  @Column(name = "attachment_id", length = 36)
  private String attachmentId;

  @Column(name = "recorded_by", nullable = false, length = 255)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected PoliceWarning() {}

  /**
   * Records a warning on a domestic-violence case, by someone who may work it now; {@code
   * attachmentId}, when given, is one of the case's files (checked by the caller).
   */
  public static PoliceWarning record(
      Case c,
      String issuedBy,
      Instant issuedAt,
      String number,
      String attachmentId,
      Actor by,
      Instant now,
      DeadlinePolicy policy) {
    c.permissions().requireWork(by);
    if (c.kind() != CaseKind.DOMESTIC_VIOLENCE) {
      throw InvalidInputException.of("kind", "order.domesticViolenceOnly");
    }
    if (issuedAt.isAfter(now.plus(CLOCK_SKEW))) {
      throw InvalidInputException.of("issuedAt", "warning.future");
    }
    DnaRule.check(c, "issuedBy", issuedBy);
    DnaRule.check(c, "number", number);
    PoliceWarning w = new PoliceWarning();
    w.id = UUID.randomUUID().toString();
    w.caseId = c.id();
    w.issuedBy = issuedBy.strip();
    w.issuedAt = issuedAt;
    w.number = number == null || number.isBlank() ? null : number.strip();
    w.attachmentId = attachmentId;
    w.recordedBy = by.username();
    w.recordedAt = now;
    c.recordEvent(
        CaseEvent.Type.WARNING_RECORDED,
        List.of(),
        w.number == null ? w.issuedBy : w.issuedBy + " · " + w.number,
        by,
        now);
    c.reach(Milestone.WARNED, issuedAt, policy);
    return w;
  }

  public String id() {
    return id;
  }

  public String caseId() {
    return caseId;
  }

  public String issuedBy() {
    return issuedBy;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Optional<String> number() {
    return Optional.ofNullable(number);
  }

  public Optional<String> attachmentId() {
    return Optional.ofNullable(attachmentId);
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
