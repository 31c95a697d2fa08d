package org.shouhu.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.casework.domain.Cases.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.DomainException;

/** What a page offers is exactly what the case then accepts. */
class CaseOffersTest {

  private static final List<Actor> ACTORS =
      List.of(DIRECTOR, SUPERVISOR, CASEWORKER, HOTLINE, LEGAL_AID, STATISTICIAN);

  @Test
  void theMovesOfferedAreTheMovesAccepted() {
    for (CaseStatus from : CaseStatus.values()) {
      for (Actor actor : ACTORS) {
        for (CaseStatus to : CaseStatus.values()) {
          Case c = Cases.in(from);
          boolean offered = c.permissions().movesAllowed(actor).contains(to);
          boolean accepted;
          try {
            c.moveTo(to, "a reason", null, actor, NOW, POLICY);
            accepted = true;
          } catch (DomainException e) {
            accepted = false;
          }
          assertThat(offered).as(actor.username() + ": " + from + " → " + to).isEqualTo(accepted);
        }
      }
    }
  }

  @Test
  void closureIsOfferedToThoseTheCaseLetsRequestAndDecide() {
    for (CaseStatus from : CaseStatus.values()) {
      for (Actor actor : ACTORS) {
        Case c = Cases.in(from);
        boolean offered = c.permissions().mayRequestClosure(actor);
        boolean accepted;
        try {
          c.requestClosure("done", actor, NOW, POLICY);
          accepted = true;
        } catch (DomainException e) {
          accepted = false;
        }
        assertThat(offered)
            .as(actor.username() + " requests closure from " + from)
            .isEqualTo(accepted);
      }
    }
    Case pending = Cases.in(CaseStatus.ASSESSMENT);
    pending.requestClosure("done", DIRECTOR, NOW, POLICY);
    assertThat(pending.permissions().mayDecideClosure(DIRECTOR)).isFalse(); // her own request
    assertThat(pending.permissions().mayDecideClosure(SUPERVISOR)).isTrue();
    assertThat(pending.permissions().mayDecideClosure(HOTLINE)).isFalse();
  }
}
