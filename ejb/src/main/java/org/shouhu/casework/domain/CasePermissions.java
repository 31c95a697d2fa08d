package org.shouhu.casework.domain;

import java.util.List;
import java.util.Set;
import org.shouhu.shared.domain.AccessDeniedException;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.Label;
import org.shouhu.shared.domain.Role;

/**
 * Who may do what to a case in its present state (DOMAIN.md §1–2): hotline operators, child
 * directors, supervisors and caseworkers work cases; a hotline operator (and nothing more) only
 * triages intakes; reopening, deciding a closure (never one's own request) and assigning are for
 * street supervisors and district caseworkers. The {@code may…} answers are what pages offer; the
 * {@code require…} checks are what the case enforces, with the refusal's reason.
 */
public record CasePermissions(CaseStatus status, ClosureRequest pendingClosure) {

  /** Works cases: takes reports, moves cases, records visits, refers. */
  public static boolean worksCases(Actor by) {
    return by.hasAny(
        Role.HOTLINE_OPERATOR, Role.CHILD_DIRECTOR, Role.CHILD_SUPERVISOR, Role.CASEWORKER);
  }

  /** Supervises: reopens, decides closures, assigns. */
  public static boolean supervises(Actor by) {
    return by.hasAny(Role.CHILD_SUPERVISOR, Role.CASEWORKER);
  }

  /** A hotline operator, and nothing more. */
  static boolean onlyTriages(Actor by) {
    return by.roles().equals(Set.of(Role.HOTLINE_OPERATOR));
  }

  /** The statuses {@code by} may move the case to now, as {@link Case#moveTo} would accept them. */
  public List<CaseStatus> movesAllowed(Actor by) {
    if (!worksCases(by)
        || (onlyTriages(by) && status != CaseStatus.INTAKE)
        || (status == CaseStatus.CLOSED && !supervises(by))) {
      return List.of();
    }
    return status.directTargets().stream().sorted().toList();
  }

  /** Whether a move to {@code to} needs a reason (not accepting, reopening). */
  public boolean moveNeedsReason(CaseStatus to) {
    return to == CaseStatus.NOT_ACCEPTED || status == CaseStatus.CLOSED;
  }

  public boolean mayRequestClosure(Actor by) {
    return worksCases(by)
        && !onlyTriages(by)
        && status.allowsClosureRequest()
        && pendingClosure == null;
  }

  /** Whether {@code by} may decide the pending closure request (never her own). */
  public boolean mayDecideClosure(Actor by) {
    return supervises(by)
        && pendingClosure != null
        && !pendingClosure.requestedBy().equals(by.username());
  }

  public boolean mayRecordVisit(Actor by) {
    return mayWork(by);
  }

  /**
   * Whether {@code by} may do the case's work now — visits, files, and what a case kind records
   * (assessments, placements, plan actions): a case worker beyond triage, on an open case.
   */
  public boolean mayWork(Actor by) {
    return worksCases(by) && !onlyTriages(by) && status.isOpen();
  }

  /** The case's work ({@link #mayWork}), or the reason it is refused. */
  public void requireWork(Actor by) {
    requireCasework(by);
    requireOpen("case.work.notOpen");
  }

  public boolean mayShareWithLegalAid(Actor by) {
    return worksCases(by) && status.isOpen();
  }

  public boolean mayAssign(Actor by) {
    return supervises(by) && status.isOpen();
  }

  /**
   * A move to {@code to} by {@code by}: a case worker (beyond INTAKE not a hotline operator), a
   * move the lifecycle allows, and reopening only by a supervisor or caseworker.
   */
  void requireMove(Actor by, CaseStatus to) {
    requireWorker(by);
    requireBeyondTriage(by, status != CaseStatus.INTAKE);
    status.requireMoveTo(to);
    if (status == CaseStatus.CLOSED) {
      requireReopener(by);
    }
  }

  /** A visit, by a case worker beyond triage, on an open case. */
  void requireVisit(Actor by) {
    requireCasework(by);
    requireOpen("case.visit.notOpen");
  }

  /** A referral to legal aid, by a case worker, on an open case. */
  void requireShare(Actor by) {
    requireWorker(by);
    requireOpen("case.referral.notOpen");
  }

  private void requireOpen(String messageKey) {
    if (!status.isOpen()) {
      throw InvalidInputException.of("status", messageKey, Label.of("status", status));
    }
  }

  /** Reopening a closed case is for supervisors and caseworkers. */
  static void requireReopener(Actor by) {
    if (!supervises(by)) {
      throw new AccessDeniedException("case.reopen.role");
    }
  }

  /** Casework beyond triage (closure requests, visits): not for a hotline operator. */
  public static void requireCasework(Actor by) {
    requireWorker(by);
    requireBeyondTriage(by, true);
  }

  static void requireWorker(Actor by) {
    if (!worksCases(by)) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  void requireDecider(Actor by) {
    if (!supervises(by)) {
      throw new AccessDeniedException("case.closure.deciderRole");
    }
    if (pendingClosure != null && pendingClosure.requestedBy().equals(by.username())) {
      throw new AccessDeniedException("case.closure.selfApproval");
    }
  }

  static void requireAssigner(Actor by) {
    if (!supervises(by)) {
      throw new AccessDeniedException("case.assign.role");
    }
  }

  private static void requireBeyondTriage(Actor by, boolean beyond) {
    if (beyond && onlyTriages(by)) {
      throw new AccessDeniedException("case.hotline.onlyIntake");
    }
  }
}
