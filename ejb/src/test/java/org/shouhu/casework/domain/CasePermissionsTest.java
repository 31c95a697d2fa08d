package org.shouhu.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouhu.casework.domain.Cases.CASEWORKER;
import static org.shouhu.casework.domain.Cases.DIRECTOR;
import static org.shouhu.casework.domain.Cases.HOTLINE;
import static org.shouhu.casework.domain.Cases.LEGAL_AID;
import static org.shouhu.casework.domain.Cases.NOW;
import static org.shouhu.casework.domain.Cases.STATISTICIAN;
import static org.shouhu.casework.domain.Cases.SUPERVISOR;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shouhu.shared.domain.AccessDeniedException;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.Role;

/** The permission table of a case (DOMAIN.md §1–2), on its own. */
class CasePermissionsTest {

  private static CasePermissions at(CaseStatus status) {
    return new CasePermissions(status, null);
  }

  @Test
  void onlyCaseWorkingRolesWorkCases() {
    assertThat(List.of(HOTLINE, DIRECTOR, SUPERVISOR, CASEWORKER))
        .allMatch(CasePermissions::worksCases);
    assertThat(List.of(LEGAL_AID, STATISTICIAN)).noneMatch(CasePermissions::worksCases);
    assertThat(at(CaseStatus.INTAKE).movesAllowed(LEGAL_AID)).isEmpty();
    assertThatThrownBy(() -> at(CaseStatus.INTAKE).requireMove(STATISTICIAN, CaseStatus.ASSESSMENT))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aHotlineOperatorOnlyTriagesIntakes() {
    assertThat(at(CaseStatus.INTAKE).movesAllowed(HOTLINE))
        .containsExactly(CaseStatus.ASSESSMENT, CaseStatus.NOT_ACCEPTED);
    assertThat(at(CaseStatus.ASSESSMENT).movesAllowed(HOTLINE)).isEmpty();
    assertThat(at(CaseStatus.ASSESSMENT).mayRequestClosure(HOTLINE)).isFalse();
    assertThat(at(CaseStatus.INTAKE).mayRecordVisit(HOTLINE)).isFalse();
    assertThat(at(CaseStatus.INTAKE).mayShareWithLegalAid(HOTLINE)).isTrue();
    assertThatThrownBy(
            () -> at(CaseStatus.ASSESSMENT).requireMove(HOTLINE, CaseStatus.INTERVENTION))
        .isInstanceOfSatisfying(
            AccessDeniedException.class,
            e -> assertThat(e.messageKey()).isEqualTo("case.hotline.onlyIntake"));
    Actor hotlineAndDirector =
        new Actor("both", Set.of(Role.HOTLINE_OPERATOR, Role.CHILD_DIRECTOR));
    assertThat(at(CaseStatus.ASSESSMENT).movesAllowed(hotlineAndDirector))
        .containsExactly(CaseStatus.INTERVENTION);
  }

  @Test
  void supervisorsAndCaseworkersReopenDecideAndAssign() {
    assertThat(at(CaseStatus.CLOSED).movesAllowed(DIRECTOR)).isEmpty();
    assertThat(at(CaseStatus.CLOSED).movesAllowed(SUPERVISOR))
        .containsExactly(CaseStatus.ASSESSMENT);
    assertThat(at(CaseStatus.CLOSED).moveNeedsReason(CaseStatus.ASSESSMENT)).isTrue();
    assertThat(at(CaseStatus.INTAKE).moveNeedsReason(CaseStatus.NOT_ACCEPTED)).isTrue();
    assertThat(at(CaseStatus.INTAKE).moveNeedsReason(CaseStatus.ASSESSMENT)).isFalse();
    assertThat(at(CaseStatus.ASSESSMENT).mayAssign(DIRECTOR)).isFalse();
    assertThat(at(CaseStatus.ASSESSMENT).mayAssign(CASEWORKER)).isTrue();
    assertThat(at(CaseStatus.CLOSED).mayAssign(CASEWORKER)).isFalse();
    assertThatThrownBy(() -> CasePermissions.requireReopener(DIRECTOR))
        .isInstanceOfSatisfying(
            AccessDeniedException.class,
            e -> assertThat(e.messageKey()).isEqualTo("case.reopen.role"));
  }

  @Test
  void aClosureIsDecidedByASupervisorWhoDidNotAskForIt() {
    Case pending = Cases.in(CaseStatus.ASSESSMENT);
    pending.requestClosure("nothing to do", DIRECTOR, NOW, Cases.POLICY);
    CasePermissions may = pending.permissions();
    assertThat(may.mayRequestClosure(SUPERVISOR)).isFalse(); // one request at a time
    assertThat(may.mayDecideClosure(SUPERVISOR)).isTrue();
    assertThat(may.mayDecideClosure(DIRECTOR)).isFalse();
    Case ownRequest = Cases.in(CaseStatus.ASSESSMENT);
    ownRequest.requestClosure("nothing to do", SUPERVISOR, NOW, Cases.POLICY);
    assertThat(ownRequest.permissions().mayDecideClosure(SUPERVISOR)).isFalse();
    assertThatThrownBy(() -> ownRequest.permissions().requireDecider(SUPERVISOR))
        .isInstanceOfSatisfying(
            AccessDeniedException.class,
            e -> assertThat(e.messageKey()).isEqualTo("case.closure.selfApproval"));
  }

  @Test
  void visitsAndReferralsOnlyOnOpenCases() {
    for (CaseStatus status : CaseStatus.values()) {
      assertThat(at(status).mayRecordVisit(DIRECTOR)).as(status.name()).isEqualTo(status.isOpen());
      assertThat(at(status).mayShareWithLegalAid(DIRECTOR)).isEqualTo(status.isOpen());
    }
  }
}
