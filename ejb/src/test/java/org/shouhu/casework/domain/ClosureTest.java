package org.shouhu.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouhu.casework.domain.CaseStatus.*;
import static org.shouhu.casework.domain.Cases.*;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shouhu.shared.domain.AccessDeniedException;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.Role;

class ClosureTest {

  @Test
  void closureMayBeRequestedFromFollowUpOrAssessmentOnly() {
    for (CaseStatus status : CaseStatus.values()) {
      Case c = Cases.in(status);
      if (status == FOLLOW_UP || status == ASSESSMENT) {
        c.requestClosure("done", DIRECTOR, NOW, POLICY);
        assertThat(c.closureRequest()).isPresent();
      } else {
        assertThatThrownBy(() -> c.requestClosure("done", DIRECTOR, NOW, POLICY))
            .as(status.name())
            .isInstanceOf(InvalidInputException.class);
      }
    }
  }

  @Test
  void nobodyApprovesHerOwnRequest() {
    Case c = Cases.in(FOLLOW_UP);
    c.requestClosure("done", SUPERVISOR, NOW, POLICY);
    assertThatThrownBy(() -> c.decideClosure(true, "ok", SUPERVISOR, NOW))
        .isInstanceOfSatisfying(
            AccessDeniedException.class,
            e -> assertThat(e.messageKey()).isEqualTo("case.closure.selfApproval"));
    assertThat(c.status()).isEqualTo(FOLLOW_UP);
    Actor otherSupervisor = new Actor("supervisor-b", Set.of(Role.CHILD_SUPERVISOR));
    c.decideClosure(true, "ok", otherSupervisor, NOW);
    assertThat(c.status()).isEqualTo(CLOSED);
  }

  @Test
  void onlySupervisorsAndCaseworkersDecide() {
    Case c = Cases.in(FOLLOW_UP);
    c.requestClosure("done", DIRECTOR, NOW, POLICY);
    for (Actor notAllowed : new Actor[] {DIRECTOR, HOTLINE, LEGAL_AID}) {
      assertThatThrownBy(() -> c.decideClosure(true, "ok", notAllowed, NOW))
          .isInstanceOf(AccessDeniedException.class);
    }
    c.decideClosure(true, null, CASEWORKER, NOW);
    assertThat(c.status()).isEqualTo(CLOSED);
    assertThat(c.closureRequest()).isEmpty();
  }

  @Test
  void aRejectionNeedsAReasonAndLeavesTheCaseAsItWas() {
    Case c = Cases.in(FOLLOW_UP);
    c.requestClosure("done", DIRECTOR, NOW, POLICY);
    assertThatThrownBy(() -> c.decideClosure(false, "", SUPERVISOR, NOW))
        .isInstanceOf(InvalidInputException.class);
    c.decideClosure(false, "visit once more", SUPERVISOR, NOW);
    assertThat(c.status()).isEqualTo(FOLLOW_UP);
    assertThat(c.closureRequest()).isEmpty();
    CaseEvent last = c.events().get(c.events().size() - 1);
    assertThat(last.type()).isEqualTo(CaseEvent.Type.CLOSURE_REJECTED);
    assertThat(last.detail()).isEqualTo("visit once more");
  }

  @Test
  void oneRequestAtATimeAndNothingToDecideWithoutOne() {
    Case c = Cases.in(ASSESSMENT);
    assertThatThrownBy(() -> c.decideClosure(true, "ok", SUPERVISOR, NOW))
        .isInstanceOf(InvalidInputException.class);
    c.requestClosure("done", DIRECTOR, NOW, POLICY);
    assertThatThrownBy(() -> c.requestClosure("again", DIRECTOR, NOW, POLICY))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Cases.in(ASSESSMENT).requestClosure(" ", DIRECTOR, NOW, POLICY))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aMoveWithdrawsAPendingRequest() {
    Case c = Cases.in(FOLLOW_UP);
    c.requestClosure("done", DIRECTOR, NOW, POLICY);
    c.moveTo(INTERVENTION, "new risk", null, DIRECTOR, NOW, POLICY);
    assertThat(c.closureRequest()).isEmpty();
    assertThat(c.events()).extracting(CaseEvent::type).contains(CaseEvent.Type.CLOSURE_WITHDRAWN);
  }
}
