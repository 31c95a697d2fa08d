package org.shouhu.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouhu.casework.domain.CaseStatus.*;
import static org.shouhu.casework.domain.Cases.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shouhu.shared.domain.AccessDeniedException;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.Label;

class CaseLifecycleTest {

  /** API.md's table of direct transitions. */
  private static final Map<CaseStatus, Set<CaseStatus>> ALLOWED =
      Map.of(
          INTAKE, EnumSet.of(ASSESSMENT, NOT_ACCEPTED),
          ASSESSMENT, EnumSet.of(INTERVENTION),
          INTERVENTION, EnumSet.of(FOLLOW_UP),
          FOLLOW_UP, EnumSet.of(INTERVENTION),
          CLOSED, EnumSet.of(ASSESSMENT),
          NOT_ACCEPTED, EnumSet.noneOf(CaseStatus.class));

  @ParameterizedTest
  @EnumSource(CaseStatus.class)
  void everyMoveFromEveryStatusIsAllowedExactlyAsTheTableSays(CaseStatus from) {
    for (CaseStatus to : CaseStatus.values()) {
      Case c = Cases.in(from);
      if (to == CLOSED) {
        assertThatThrownBy(() -> c.moveTo(CLOSED, "r", null, CASEWORKER, NOW, POLICY))
            .isInstanceOfSatisfying(
                InvalidInputException.class,
                e ->
                    assertThat(e.errors().get(0).messageKey())
                        .isEqualTo("case.transition.closeByRequest"));
      } else if (ALLOWED.get(from).contains(to)) {
        c.moveTo(to, "a reason", null, CASEWORKER, NOW, POLICY);
        assertThat(c.status()).as(from + " → " + to).isEqualTo(to);
      } else {
        assertThatThrownBy(() -> c.moveTo(to, "a reason", null, CASEWORKER, NOW, POLICY))
            .as(from + " → " + to)
            .isInstanceOfSatisfying(
                TransitionNotAllowedException.class,
                e -> assertThat(e.arguments()[2].toString()).doesNotContain(to.name() + ","));
        assertThat(c.status()).isEqualTo(from);
      }
    }
  }

  @Test
  void theRefusalNamesTheAllowedMoves() {
    assertThatThrownBy(() -> Cases.in(INTAKE).moveTo(FOLLOW_UP, null, null, DIRECTOR, NOW, POLICY))
        .isInstanceOfSatisfying(
            TransitionNotAllowedException.class,
            e ->
                assertThat(e.arguments())
                    .containsExactly(
                        new Label("status.INTAKE"),
                        new Label("status.FOLLOW_UP"),
                        List.of(new Label("status.ASSESSMENT"), new Label("status.NOT_ACCEPTED"))));
  }

  @Test
  void reopeningIsForSupervisorsAndCaseworkersWithAReason() {
    assertThatThrownBy(
            () -> Cases.in(CLOSED).moveTo(ASSESSMENT, "why", null, DIRECTOR, NOW, POLICY))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> Cases.in(CLOSED).moveTo(ASSESSMENT, " ", null, SUPERVISOR, NOW, POLICY))
        .isInstanceOf(InvalidInputException.class);
    Case c = Cases.in(CLOSED);
    c.moveTo(ASSESSMENT, "new report", null, SUPERVISOR, NOW, POLICY);
    assertThat(c.status()).isEqualTo(ASSESSMENT);
    assertThat(c.events().get(c.events().size() - 1).type()).isEqualTo(CaseEvent.Type.REOPENED);
    Case d = Cases.in(CLOSED);
    d.moveTo(ASSESSMENT, "new report", null, CASEWORKER, NOW, POLICY);
    assertThat(d.status()).isEqualTo(ASSESSMENT);
  }

  @Test
  void notAcceptingNeedsAReasonAndKeepsWhereItWasReferred() {
    assertThatThrownBy(
            () -> Cases.in(INTAKE).moveTo(NOT_ACCEPTED, null, null, DIRECTOR, NOW, POLICY))
        .isInstanceOf(InvalidInputException.class);
    Case c = Cases.in(INTAKE);
    c.moveTo(NOT_ACCEPTED, "advice given", "区法律援助中心", HOTLINE, NOW, POLICY);
    assertThat(c.status()).isEqualTo(NOT_ACCEPTED);
    assertThat(c.referredTo()).contains("区法律援助中心");
  }

  @Test
  void aHotlineOperatorOnlyTriagesIntakes() {
    Case c = Cases.in(INTAKE);
    c.moveTo(ASSESSMENT, null, null, HOTLINE, NOW, POLICY);
    assertThatThrownBy(() -> c.moveTo(INTERVENTION, null, null, HOTLINE, NOW, POLICY))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void rolesWithoutCaseworkChangeNothing() {
    for (Actor reader : new Actor[] {LEGAL_AID, STATISTICIAN}) {
      Case c = Cases.in(INTAKE);
      assertThatThrownBy(() -> c.moveTo(ASSESSMENT, null, null, reader, NOW, POLICY))
          .isInstanceOf(AccessDeniedException.class);
      assertThat(c.status()).isEqualTo(INTAKE);
    }
  }

  @Test
  void everyChangeIsAnEventWithWhoWhenAndWhy() {
    Case c = Cases.in(INTAKE);
    c.moveTo(ASSESSMENT, "checked", null, DIRECTOR, NOW.plusSeconds(60), POLICY);
    CaseEvent last = c.events().get(c.events().size() - 1);
    assertThat(last.user()).isEqualTo("director-a");
    assertThat(last.at()).isEqualTo(NOW.plusSeconds(60));
    assertThat(last.detail()).contains("INTAKE → ASSESSMENT").contains("checked");
    assertThat(c.events()).extracting(CaseEvent::sequence).containsExactly(1, 2);
  }

  @Test
  void assignmentIsForSupervisorsAndCaseworkers() {
    Case c = Cases.in(ASSESSMENT);
    assertThatThrownBy(() -> c.assign("director-a", DIRECTOR, NOW))
        .isInstanceOf(AccessDeniedException.class);
    c.assign("director-a", SUPERVISOR, NOW);
    c.assign("director-b", CASEWORKER, NOW);
    assertThat(c.assignee()).contains("director-b");
    assertThat(c.events().get(c.events().size() - 1).detail()).isEqualTo("director-a → director-b");
  }
}
