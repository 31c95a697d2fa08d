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
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.NotFoundException;

/**
 * Moving a case through its lifecycle: transitions, closure requests and decisions, assignment.
 * Each loads the case within the caller's scope (out of scope = 404), checks the version the caller
 * saw (stale = 409), lets the case apply its rules, and stores it; a concurrent change that slips
 * between check and commit is caught by the case's optimistic lock, also as 409.
 */
@Stateless
public class CaseLifecycle {

  @Inject CurrentUser user;
  @Inject CaseRepository cases;
  @Inject AccessLog accessLog;
  @Inject DeadlinePolicies deadlines;

  /** {@code to} is checked after the version, as API.md orders the rules (404, 409, 422). */
  public Case transition(String caseId, String to, String reason, String referredTo, Long version) {
    Case aCase = load(caseId, version);
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
    cases.store(aCase);
    logged(aCase, "TRANSITION");
    return aCase;
  }

  public Case requestClosure(String caseId, String reason, Long version) {
    Case aCase = load(caseId, version);
    aCase.requestClosure(reason, user.actor(), Instant.now(), deadlines.current());
    cases.store(aCase);
    logged(aCase, "CLOSURE_REQUEST");
    return aCase;
  }

  public Case decideClosure(String caseId, Boolean approve, String reason) {
    return decideClosure(caseId, approve, reason, null);
  }

  /**
   * The decision, by someone who saw the case at {@code expectedVersion} (null: not checked, as in
   * the REST API): a request withdrawn and filed again meanwhile is a conflict, not a surprise.
   */
  public Case decideClosure(String caseId, Boolean approve, String reason, Long expectedVersion) {
    Case aCase = expectedVersion == null ? find(caseId) : load(caseId, expectedVersion);
    if (approve == null) {
      throw InvalidInputException.of("approve", "validation.required");
    }
    aCase.decideClosure(approve, reason, user.actor(), Instant.now());
    cases.store(aCase);
    logged(aCase, "CLOSURE_DECISION");
    return aCase;
  }

  public Case assign(String caseId, String assignee) {
    return assign(caseId, assignee, null);
  }

  /** Assignment by someone who saw the case at {@code expectedVersion} (null: not checked). */
  public Case assign(String caseId, String assignee, Long expectedVersion) {
    Case aCase = expectedVersion == null ? find(caseId) : load(caseId, expectedVersion);
    aCase.assign(assignee, user.actor(), Instant.now());
    cases.store(aCase);
    logged(aCase, "ASSIGN");
    return aCase;
  }

  /**
   * Records a visit or contact (API.md "visits"): {@code visitedAt} RFC 3339, not in the future;
   * {@code mode} one of {@link Visit.Mode}; {@code nextVisitDue} a date, optional. Every field
   * error is reported at once. The visit meets the earliest open deadline a visit meets.
   */
  public Visit recordVisit(
      String caseId, String visitedAt, String mode, String notes, String nextVisitDue) {
    Case aCase = find(caseId);
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
    logged(aCase, "VISIT");
    return visit;
  }

  private void logged(Case aCase, String action) {
    accessLog.record(action, List.of(aCase.id()), aCase.jurisdiction().value());
  }

  private Case load(String caseId, Long version) {
    Case aCase = find(caseId);
    if (version == null) {
      throw InvalidInputException.of("version", "validation.required");
    }
    if (aCase.version() != version) {
      throw new ConflictException("case.version.stale", version, aCase.version());
    }
    return aCase;
  }

  private Case find(String caseId) {
    return cases
        .find(caseId, CaseScopes.of(user))
        .orElseThrow(() -> new NotFoundException("case", caseId));
  }
}
