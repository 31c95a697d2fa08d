package org.shouhu.agencyreferral.application;

import java.time.Instant;
import org.shouhu.agencyreferral.domain.AgencyReferral;

/**
 * A referral to another agency as calls and cases show it: the answer's deadline is met when the
 * answer came by {@code dueAt}, overdue while it has not come after that.
 */
public record AgencyReferralSheet(
    String id,
    String agency,
    String unit,
    String asked,
    Instant referredAt,
    Instant dueAt,
    Instant answeredAt,
    String answer,
    boolean met,
    boolean overdue,
    boolean escalated,
    String referredBy) {

  public static AgencyReferralSheet of(AgencyReferral r, Instant now) {
    return new AgencyReferralSheet(
        r.id(),
        r.agency().name(),
        r.unit().orElse(null),
        r.asked().orElse(null),
        r.referredAt(),
        r.dueAt(),
        r.answeredAt().orElse(null),
        r.answerText().orElse(null),
        r.met(),
        r.isOverdue(now),
        r.escalatedAt().isPresent(),
        r.createdBy());
  }
}
