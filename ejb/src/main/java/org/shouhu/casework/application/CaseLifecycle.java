package org.shouhu.casework.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseRepository;
import org.shouhu.casework.domain.CaseStatus;
import org.shouhu.casework.domain.Visit;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.application.FormCheck;
import org.shouhu.shared.domain.InvalidInputException;

/**
 * Moving a case through its lifecycle: transitions, closure requests and decisions, assignment,
 * visits. Each loads the case through {@link CaseAccess} (out of scope = 404), checks the version
 * the caller saw (stale = 409), lets the case apply its rules, stores it, and answers with the case
 * as the caller may now read it; a concurrent change that slips between check and commit is caught
 * by the case's optimistic lock, also as 409.
 */
@Stateless
public class CaseLifecycle {

  @Inject CurrentUser user;
  @Inject CaseAccess access;
  @Inject CaseRepository cases;
  @Inject CaseSheets sheets;
  @Inject AccessLog accessLog;
  @Inject DeadlinePolicies deadlines;

  /** {@code to} is checked after the version, as API.md orders the rules (404, 409, 422). */
  @Audited("TRANSITION")
  public CaseSheet transition(
      @Audited.RecordId String caseId, String to, String reason, String referredTo, Long version) {
    Case aCase = access.open(caseId, version).aCase();
    if (to == null || to.isBlank()) {
      throw InvalidInputException.of("to", "validation.required");
    }
    CaseStatus target;
    try {
      target = CaseStatus.valueOf(to.strip());
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(
          "to", "validation.enum", FormCheck.allowed(CaseStatus.values()));
    }
    aCase.moveTo(target, reason, referredTo, user.actor(), Instant.now(), deadlines.current());
    return stored(aCase, "TRANSITION");
  }

  @Audited("CLOSURE_REQUEST")
  public CaseSheet requestClosure(@Audited.RecordId String caseId, String reason, Long version) {
    Case aCase = access.open(caseId, version).aCase();
    aCase.requestClosure(reason, user.actor(), Instant.now(), deadlines.current());
    return stored(aCase, "CLOSURE_REQUEST");
  }

  /**
   * The decision, by someone who saw the case at {@code expectedVersion} (null: not checked, as in
   * the REST API): a request withdrawn and filed again meanwhile is a conflict, not a surprise.
   */
  @Audited("CLOSURE_DECISION")
  public CaseSheet decideClosure(
      @Audited.RecordId String caseId, Boolean approve, String reason, Long expectedVersion) {
    Case aCase = open(caseId, expectedVersion);
    if (approve == null) {
      throw InvalidInputException.of("approve", "validation.required");
    }
    aCase.decideClosure(approve, reason, user.actor(), Instant.now());
    return stored(aCase, "CLOSURE_DECISION");
  }

  /** Assignment by someone who saw the case at {@code expectedVersion} (null: not checked). */
  @Audited("ASSIGN")
  public CaseSheet assign(@Audited.RecordId String caseId, String assignee, Long expectedVersion) {
    Case aCase = open(caseId, expectedVersion);
    aCase.assign(assignee, user.actor(), Instant.now());
    return stored(aCase, "ASSIGN");
  }

  /**
   * Records a visit or contact (API.md "visits"): {@code visitedAt} RFC 3339, not in the future;
   * {@code mode} one of {@link Visit.Mode}; {@code nextVisitDue} a date, optional. Every field
   * error is reported at once. The visit meets the earliest open deadline a visit meets.
   */
  @Audited("VISIT")
  public CaseSheet.VisitSheet recordVisit(
      @Audited.RecordId String caseId,
      String visitedAt,
      String mode,
      String notes,
      String nextVisitDue) {
    Case aCase = access.open(caseId).aCase();
    Instant now = Instant.now();
    FormCheck form = new FormCheck(now);
    form.present("visitedAt", visitedAt);
    Instant at = form.instant("visitedAt", visitedAt);
    form.present("mode", mode);
    Visit.Mode how = form.choice("mode", mode, Visit.Mode.class);
    String text = form.text("notes", notes, 4000);
    LocalDate next = null;
    if (nextVisitDue != null && !nextVisitDue.isBlank()) {
      try {
        next = LocalDate.parse(nextVisitDue.strip());
      } catch (DateTimeParseException e) {
        form.error("nextVisitDue", "validation.date");
      }
    }
    form.throwIfAny();
    Visit visit = aCase.recordVisit(at, how, text, next, user.actor(), now);
    cases.store(aCase);
    accessLog.record("VISIT", List.of(aCase.id()), aCase.jurisdiction().value());
    return new CaseSheet.VisitSheet(
        visit.id(),
        visit.visitedAt(),
        visit.mode().name(),
        visit.notes(),
        visit.nextVisitDue().orElse(null),
        visit.recordedBy());
  }

  /** Stores the case; answers with it as the caller now reads it (its timeline already loaded). */
  private CaseSheet stored(Case aCase, String action) {
    cases.store(aCase);
    accessLog.record(action, List.of(aCase.id()), aCase.jurisdiction().value());
    return sheets.forCaller(aCase, CaseSheets.Depth.CASE_WITH_TIMELINE);
  }

  private Case open(String caseId, Long expectedVersion) {
    return expectedVersion == null
        ? access.open(caseId).aCase()
        : access.open(caseId, expectedVersion).aCase();
  }
}
