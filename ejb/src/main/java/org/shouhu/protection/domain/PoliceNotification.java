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
import org.shouhu.casework.domain.DnaRule;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.InvalidInputException;

/**
 * 报警: the police were told of a child-protection case — when, which station, and the police's
 * reference. Recording one meets the case's {@link PoliceNotice#DEADLINE}, which then stays listed
 * as met. Not in the future (beyond a clock's skew); it may precede the report (a school that
 * called the police first).
 */
@Entity
@Table(name = "police_notification")
public class PoliceNotification {

  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "case_id", nullable = false, length = 36)
  private String caseId;

  @Column(name = "notified_at", nullable = false)
  private Instant notifiedAt;

  @Column(name = "station", nullable = false, length = 200)
  private String station;

  @Column(name = "reference", length = 100)
  private String reference;

  @Column(name = "recorded_by", nullable = false, length = 255)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected PoliceNotification() {}

  /**
   * Records that the police were notified, puts it on the case's timeline and meets its police
   * deadline. The caller has checked that {@code by} may write to the case.
   */
  public static PoliceNotification record(
      Case c, Instant notifiedAt, String station, String reference, Actor by, Instant now) {
    if (c.kind() != CaseKind.CHILD_PROTECTION) {
      throw InvalidInputException.of("kind", "police.childProtectionOnly");
    }
    if (notifiedAt.isAfter(now.plus(CLOCK_SKEW))) {
      throw InvalidInputException.of("notifiedAt", "police.future");
    }
    DnaRule.check(c, "station", station);
    DnaRule.check(c, "reference", reference);
    PoliceNotification n = new PoliceNotification();
    n.id = UUID.randomUUID().toString();
    n.caseId = c.id();
    n.notifiedAt = notifiedAt;
    n.station = station.strip();
    n.reference = reference == null || reference.isBlank() ? null : reference.strip();
    n.recordedBy = by.username();
    n.recordedAt = now;
    c.settle(PoliceNotice.DEADLINE, null, notifiedAt, true);
    c.recordEvent(
        CaseEvent.Type.POLICE_NOTIFIED,
        List.of(),
        n.reference == null ? n.station : n.station + " · " + n.reference,
        by,
        now);
    return n;
  }

  public String id() {
    return id;
  }

  public String caseId() {
    return caseId;
  }

  public Instant notifiedAt() {
    return notifiedAt;
  }

  public String station() {
    return station;
  }

  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
