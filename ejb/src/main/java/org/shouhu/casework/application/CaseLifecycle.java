package org.shouhu.casework.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseRepository;
import org.shouhu.casework.domain.CaseStatus;
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
    aCase.moveTo(target, reason, referredTo, user.actor(), Instant.now());
    cases.store(aCase);
    logged(aCase, "TRANSITION");
    return aCase;
  }

  public Case requestClosure(String caseId, String reason, Long version) {
    Case aCase = load(caseId, version);
    aCase.requestClosure(reason, user.actor(), Instant.now());
    cases.store(aCase);
    logged(aCase, "CLOSURE_REQUEST");
    return aCase;
  }

  public Case decideClosure(String caseId, Boolean approve, String reason) {
    Case aCase = find(caseId);
    if (approve == null) {
      throw InvalidInputException.of("approve", "validation.required");
    }
    aCase.decideClosure(approve, reason, user.actor(), Instant.now());
    cases.store(aCase);
    logged(aCase, "CLOSURE_DECISION");
    return aCase;
  }

  public Case assign(String caseId, String assignee) {
    Case aCase = find(caseId);
    aCase.assign(assignee, user.actor(), Instant.now());
    cases.store(aCase);
    logged(aCase, "ASSIGN");
    return aCase;
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
