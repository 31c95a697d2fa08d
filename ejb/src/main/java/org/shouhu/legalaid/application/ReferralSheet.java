package org.shouhu.legalaid.application;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A referral to legal aid as the API shows it (API.md "Legal aid"): to the case's handlers, to the
 * legal-aid officers of its district and to a break-glass reader — each of whom sees the case's
 * kind, category and subject, which it repeats so that a list of referrals reads on its own. {@code
 * decision}, {@code lawyer} and {@code outcome} stay null until the centre records them; {@code
 * materials} lists what the centre asked for, all at once.
 */
public record ReferralSheet(
    String id,
    String caseId,
    String caseNumber,
    String kind,
    String category,
    String subject,
    String status,
    String reason,
    boolean consent,
    String consentBasis,
    boolean meansTestExempt,
    boolean hardshipCheckWaived,
    String referredBy,
    Instant referredAt,
    Instant decisionDue,
    List<DeadlineSheet> deadlines,
    List<String> materials,
    Instant materialsAskedAt,
    Instant materialsArrivedAt,
    DecisionSheet decision,
    LawyerSheet lawyer,
    OutcomeSheet outcome) {

  /**
   * A deadline of the referral; {@code metOnTime} when met no later than due; {@code overdue} as of
   * the moment it was read. {@code decisionDue} is the decision now running (the last
   * LEGAL_AID_DECISION).
   */
  public record DeadlineSheet(
      String name,
      Instant startedAt,
      Instant dueAt,
      boolean met,
      Instant metAt,
      boolean metOnTime,
      boolean overdue) {}

  /** The centre's decision: ACCEPTED or DECLINED (with its reason code), by whom, when, why. */
  public record DecisionSheet(
      String decision, String reason, String reasonCode, String decidedBy, Instant decidedAt) {}

  /** The lawyer assigned; {@code urgent} the art. 44 ground when aid began before the decision. */
  public record LawyerSheet(String lawyer, String firm, Instant assignedAt, String urgent) {}

  /** How the matter ended. */
  public record OutcomeSheet(String outcome, Instant at) {}

  /** A page of referrals. */
  @Schema(name = "LegalAidReferralPage")
  public record Page(List<ReferralSheet> items, long total) {}
}
