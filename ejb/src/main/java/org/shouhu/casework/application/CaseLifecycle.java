package org.shouhu.casework.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.CaseRepository;
import org.shouhu.casework.domain.CaseStatus;
import org.shouhu.casework.domain.Visit;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.Commands;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.Role;

/**
 * Moving a case through its lifecycle: transitions, closure requests and decisions, assignment,
 * visits. Each loads the case through {@link CaseAccess} (out of scope = 404), checks the version
 * the caller saw (stale = 409), then the command's constraints (422), lets the case apply its
 * rules, stores it, and answers with the case as the caller may now read it; a concurrent change
 * that slips between check and commit is caught by the case's optimistic lock, also as 409. For the
 * roles that work cases only.
 */
@Stateless
@RolesAllowed({
  Role.Names.HOTLINE_OPERATOR,
  Role.Names.CHILD_DIRECTOR,
  Role.Names.CHILD_SUPERVISOR,
  Role.Names.CASEWORKER
})
public class CaseLifecycle {

  @Inject CurrentUser user;
  @Inject CaseAccess access;
  @Inject CaseRepository cases;
  @Inject CaseSheets sheets;
  @Inject Commands commands;
  @Inject AccessLog accessLog;
  @Inject DeadlinePolicies deadlines;
  @Inject @Any Instance<TransitionCheck> transitionChecks;

  @Audited("TRANSITION")
  public CaseSheet transition(@Audited.RecordId CaseId id, CaseCommands.Transition move) {
    Case aCase = access.open(id, move.version()).aCase();
    commands.check(move);
    CaseStatus from = aCase.status();
    aCase.moveTo(
        move.target(),
        move.reason(),
        move.referredTo(),
        user.actor(),
        Instant.now(),
        deadlines.current());
    transitionChecks.forEach(check -> check.check(aCase, from, move.target()));
    return stored(aCase, "TRANSITION");
  }

  @Audited("CLOSURE_REQUEST")
  public CaseSheet requestClosure(@Audited.RecordId CaseId id, CaseCommands.Closure request) {
    Case aCase = access.open(id, request.version()).aCase();
    commands.check(request);
    CaseStatus from = aCase.status();
    aCase.requestClosure(request.reason(), user.actor(), Instant.now(), deadlines.current());
    transitionChecks.forEach(check -> check.check(aCase, from, CaseStatus.CLOSED));
    return stored(aCase, "CLOSURE_REQUEST");
  }

  /**
   * The decision, by someone who saw the case at {@code expectedVersion} (null: not checked, as in
   * the REST API): a request withdrawn and filed again meanwhile is a conflict, not a surprise.
   */
  @Audited("CLOSURE_DECISION")
  public CaseSheet decideClosure(
      @Audited.RecordId CaseId id, CaseCommands.ClosureDecision decision, Long expectedVersion) {
    Case aCase = open(id, expectedVersion);
    commands.check(decision);
    aCase.decideClosure(decision.approve(), decision.reason(), user.actor(), Instant.now());
    return stored(aCase, "CLOSURE_DECISION");
  }

  /** Assignment by someone who saw the case at {@code expectedVersion} (null: not checked). */
  @Audited("ASSIGN")
  public CaseSheet assign(
      @Audited.RecordId CaseId id, CaseCommands.Assignment assignment, Long expectedVersion) {
    Case aCase = open(id, expectedVersion);
    commands.check(assignment);
    aCase.assign(assignment.assignee(), user.actor(), Instant.now());
    return stored(aCase, "ASSIGN");
  }

  /**
   * Records a visit or contact (API.md "visits"); every field error is reported at once. The visit
   * meets the earliest open deadline a visit meets.
   */
  @Audited("VISIT")
  public CaseSheet.VisitSheet recordVisit(
      @Audited.RecordId CaseId id, CaseCommands.VisitRecord record) {
    Case aCase = access.open(id).aCase();
    commands.check(record);
    Visit visit = aCase.recordVisit(record.report(), user.actor(), Instant.now());
    cases.store(aCase);
    accessLog.record("VISIT", List.of(aCase.id()), aCase.jurisdiction().value());
    return CaseSheets.visit(visit);
  }

  /** Stores the case; answers with it as the caller now reads it (its timeline already loaded). */
  private CaseSheet stored(Case aCase, String action) {
    cases.store(aCase);
    accessLog.record(action, List.of(aCase.id()), aCase.jurisdiction().value());
    return sheets.forCaller(aCase, CaseSheets.Depth.CASE_WITH_TIMELINE);
  }

  private Case open(CaseId id, Long expectedVersion) {
    return expectedVersion == null
        ? access.open(id).aCase()
        : access.open(id, expectedVersion).aCase();
  }
}
