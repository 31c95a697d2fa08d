package org.shouhu.protection.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.application.CaseAccess;
import org.shouhu.casework.application.Escalations;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.CaseRepository;
import org.shouhu.casework.domain.Visit;
import org.shouhu.protection.domain.Assessment;
import org.shouhu.protection.domain.AssessmentRepository;
import org.shouhu.protection.domain.Instrument;
import org.shouhu.protection.domain.Instruments;
import org.shouhu.protection.domain.RiskLevel;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.Commands;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.NotFoundException;
import org.shouhu.shared.domain.Role;

/**
 * Safety and risk assessments and their review (API.md "Child protection"): a handler assesses a
 * case with an instrument from {@code config/assessment/}; a HIGH or VERY_HIGH result reaches the
 * street's supervisors at once (their "awaiting my review" list, and mail); a supervisor or
 * caseworker who is not its author approves it or returns it with a reason.
 */
@Stateless
@RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
public class RiskAssessments {

  /** The domestic-violence instrument, whose HIGH and SEVERE cases the watch list holds. */
  static final String DV_INSTRUMENT = "DV_RISK";

  @Inject CurrentUser user;
  @Inject CaseAccess access;
  @Inject CaseRepository cases;
  @Inject AssessmentRepository assessments;
  @Inject Instruments instruments;
  @Inject Commands commands;
  @Inject AccessLog accessLog;
  @Inject Escalations escalations;

  /** An instrument's questions, in the caller's language (404 for an unknown code). */
  @PermitAll
  public ProtectionSheets.InstrumentSheet instrument(String code) {
    return ProtectionSheets.instrument(
        instruments.find(code).orElseThrow(() -> new NotFoundException("instrument", code)),
        user.language());
  }

  @Audited("ASSESSMENT")
  public ProtectionSheets.AssessmentSheet submit(
      @Audited.RecordId CaseId id, ProtectionCommands.Submission submission) {
    Case c = access.open(id).aCase();
    commands.check(submission);
    Instrument instrument =
        instruments
            .find(submission.instrument().strip())
            .orElseThrow(() -> InvalidInputException.of("instrument", "assessment.noInstrument"));
    Assessment a =
        Assessment.submit(
            c,
            instrument,
            submission.answers(),
            submission.notes(),
            submission.safetyPlan() == null ? null : submission.safetyPlan().toPlan(),
            user.actor(),
            Instant.now());
    assessments.store(a);
    cases.store(c);
    accessLog.record("ASSESSMENT", List.of(c.id(), a.id()), c.jurisdiction().value());
    if (a.riskLevel().isHigh()) {
      escalations.awaitingReview(c, "riskLevel." + a.riskLevel().name());
    }
    return ProtectionSheets.assessment(a, instrument, user.language());
  }

  @Audited("ASSESSMENT_REVIEW")
  public ProtectionSheets.AssessmentSheet review(
      @Audited.RecordId CaseId id, String assessmentId, ProtectionCommands.Review review) {
    Case c = access.open(id).aCase();
    Assessment a =
        assessments
            .find(c.id(), assessmentId == null ? "" : assessmentId)
            .orElseThrow(() -> new NotFoundException("assessment", assessmentId));
    commands.check(review);
    a.review(c, review.decided(), review.reason(), user.actor(), Instant.now());
    assessments.store(a);
    cases.store(c);
    accessLog.record("ASSESSMENT_REVIEW", List.of(c.id(), a.id()), c.jurisdiction().value());
    return ProtectionSheets.assessment(
        a, instruments.find(a.instrument()).orElse(null), user.language());
  }

  /** A row of the "awaiting my review" list. */
  public record AwaitingReview(
      String caseId,
      String caseNumber,
      String subject,
      String assessmentId,
      String riskLevel,
      String assessedBy,
      Instant assessedAt) {}

  /** A case on the street's high-risk watch list. */
  public record Watched(
      String caseId,
      String caseNumber,
      String subject,
      String riskLevel,
      Instant assessedAt,
      Instant lastVisit,
      long daysSinceVisit) {}

  /**
   * The high-risk watch list (社区网格化重点监控): the open domestic-violence cases of the caller's
   * jurisdiction whose latest risk assessment is HIGH or SEVERE, with the days since someone last
   * saw her (since the report when nobody has), the longest first.
   */
  @Audited("SEARCH")
  public List<Watched> watchList() {
    Instant now = Instant.now();
    List<Watched> rows =
        assessments
            .latestAt(access.scope(), DV_INSTRUMENT, EnumSet.of(RiskLevel.HIGH, RiskLevel.SEVERE))
            .stream()
            .map(
                a -> {
                  Case c = access.open(CaseId.of(a.caseId())).aCase();
                  Instant seen =
                      c.visits().stream()
                          .map(Visit::visitedAt)
                          .max(Comparator.naturalOrder())
                          .orElse(null);
                  Instant since = seen == null ? c.report().receivedAt() : seen;
                  return new Watched(
                      c.id(),
                      c.caseNumber().value(),
                      c.subject().details().name(),
                      a.riskLevel().name(),
                      a.assessedAt(),
                      seen,
                      Duration.between(since, now).toDays());
                })
            .sorted(Comparator.comparingLong(Watched::daysSinceVisit).reversed())
            .toList();
    if (!rows.isEmpty()) {
      accessLog.record("SEARCH", rows.stream().map(Watched::caseId).toList(), null);
    }
    return rows;
  }

  /**
   * The assessments awaiting the caller's review in her scope (supervisors, caseworkers), the
   * highest level first; logged as a search naming the cases.
   */
  @Audited("SEARCH")
  @RolesAllowed({Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public List<AwaitingReview> awaitingMyReview() {
    List<Assessment> waiting = assessments.awaitingReview(access.scope(), user.username());
    List<AwaitingReview> rows =
        waiting.stream()
            .map(
                a -> {
                  Case c = access.open(CaseId.of(a.caseId())).aCase();
                  return new AwaitingReview(
                      c.id(),
                      c.caseNumber().value(),
                      c.subject().details().name(),
                      a.id(),
                      a.riskLevel().name(),
                      a.assessedBy(),
                      a.assessedAt());
                })
            .toList();
    if (!rows.isEmpty()) {
      accessLog.record(
          "SEARCH", rows.stream().map(AwaitingReview::caseId).distinct().toList(), null);
    }
    return rows;
  }
}
