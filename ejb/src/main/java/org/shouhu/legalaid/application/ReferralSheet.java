package org.shouhu.legalaid.application;

import java.time.Instant;
import java.util.List;

/**
 * A referral to legal aid as the API shows it (API.md "Legal aid"): to the case's handlers, to the
 * legal-aid officers of its district and to a break-glass reader. {@code decision}, {@code lawyer}
 * and {@code outcome} stay null until the centre records them.
 */
public record ReferralSheet(
    String id,
    String caseId,
    String caseNumber,
    String status,
    String reason,
    boolean consent,
    String consentBasis,
    boolean meansTestExempt,
    String referredBy,
    Instant referredAt,
    List<DeadlineSheet> deadlines,
    String decision,
    String lawyer,
    String outcome) {

  /** A deadline of the referral; {@code overdue} as of the moment it was read. */
  public record DeadlineSheet(String name, Instant dueAt, boolean met, boolean overdue) {}
}
