package org.shouhu.transfer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.CaseEvent;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.CaseNumber;
import org.shouhu.casework.domain.CaseStatus;
import org.shouhu.casework.domain.Channel;
import org.shouhu.casework.domain.DeadlinePolicy;
import org.shouhu.casework.domain.DeadlineRules;
import org.shouhu.casework.domain.Intake;
import org.shouhu.casework.domain.Person;
import org.shouhu.casework.domain.PersonDetails;
import org.shouhu.casework.domain.PersonIndex;
import org.shouhu.casework.domain.Reporter;
import org.shouhu.casework.domain.ReporterType;
import org.shouhu.casework.domain.Sex;
import org.shouhu.casework.domain.WorkingCalendar;
import org.shouhu.shared.domain.AccessDeniedException;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.Role;

class CaseTransferTest {

  private static final Instant NOW = Instant.parse("2026-11-28T02:15:00Z");
  private static final Actor DIRECTOR_A = new Actor("director-a", Set.of(Role.CHILD_DIRECTOR));
  private static final Actor DIRECTOR_B = new Actor("director-b", Set.of(Role.CHILD_DIRECTOR));
  private static final Actor SUPERVISOR_2 =
      new Actor("supervisor-2", Set.of(Role.CHILD_SUPERVISOR));
  private static final Actor SUPERVISOR_A =
      new Actor("supervisor-a", Set.of(Role.CHILD_SUPERVISOR));
  private static final Actor CASEWORKER = new Actor("caseworker1", Set.of(Role.CASEWORKER));
  private static final Actor HOTLINE = new Actor("hotline1", Set.of(Role.HOTLINE_OPERATOR));
  private static final JurisdictionCode A = new JurisdictionCode("210203001001");
  private static final JurisdictionCode B = new JurisdictionCode("210203002001");
  private static final JurisdictionCode STREET_2 = new JurisdictionCode("210203002");
  private static final DeadlinePolicy POLICY =
      new DeadlinePolicy(DeadlineRules.parse(List.of()), WorkingCalendar.weekOnly());

  private static Case received() {
    Intake intake =
        new Intake(
            Channel.MANDATORY_REPORT,
            CaseKind.CHILD_PROTECTION,
            NOW,
            A,
            false,
            CaseCategory.NEGLECT,
            "summary",
            new Reporter(ReporterType.SCHOOL, "school", null, false));
    PersonDetails details = new PersonDetails("王小明", Sex.M, null, null, null, null, null);
    Person subject = new Person(details, PersonIndex.of("王小明", null, null, text -> text));
    Case c =
        Case.receive(intake, subject, List.of(), CaseNumber.of(2026, 1), DIRECTOR_A, NOW, POLICY);
    c.moveTo(CaseStatus.ASSESSMENT, null, null, DIRECTOR_A, NOW, POLICY);
    c.assign("director-a", SUPERVISOR_A, NOW);
    return c;
  }

  @Test
  void anAcceptedTransferMovesTheCaseKeepsItsHistoryAndResetsTheAssignee() {
    Case c = received();
    int before = c.events().size();
    CaseTransfer t = CaseTransfer.request(c, B, "家庭搬迁", DIRECTOR_A, NOW);
    assertThat(t.status()).isEqualTo(CaseTransfer.Status.REQUESTED);
    assertThat(c.jurisdiction()).isEqualTo(A); // nothing moves until the receiver accepts
    assertThat(t.receivedBy(DIRECTOR_B, B)).isTrue();
    assertThat(t.receivedBy(SUPERVISOR_2, STREET_2)).isTrue();

    t.decide(true, null, c, DIRECTOR_B, NOW.plusSeconds(60));
    assertThat(t.status()).isEqualTo(CaseTransfer.Status.ACCEPTED);
    assertThat(c.jurisdiction()).isEqualTo(B);
    assertThat(c.assignee()).isEmpty();
    List<CaseEvent> events = c.events();
    assertThat(events).hasSize(before + 2);
    assertThat(events.get(before).type()).isEqualTo(CaseEvent.Type.TRANSFER_REQUESTED);
    assertThat(events.get(before + 1).type()).isEqualTo(CaseEvent.Type.TRANSFER_ACCEPTED);
    assertThat(events.get(before + 1).codes()).containsExactly(A.value(), B.value());
    assertThatThrownBy(() -> t.decide(false, "晚了", c, DIRECTOR_B, NOW))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void onlyTheReceivingCommunitysDirectorOrItsStreetsSupervisorReceivesIt() {
    CaseTransfer t = CaseTransfer.request(received(), B, "家庭搬迁", DIRECTOR_A, NOW);
    assertThat(t.receivedBy(DIRECTOR_A, A)).isFalse(); // the sending community
    assertThat(t.receivedBy(SUPERVISOR_A, new JurisdictionCode("210203001"))).isFalse();
    assertThat(t.receivedBy(CASEWORKER, new JurisdictionCode("210203"))).isFalse();
    assertThat(t.receivedBy(DIRECTOR_B, new JurisdictionCode("210203"))).isFalse(); // district
    assertThat(t.receivedBy(HOTLINE, B)).isFalse();
    assertThat(t.receivedBy(DIRECTOR_B, null)).isFalse();
  }

  @Test
  void aRejectionNeedsAReasonAndLeavesTheCaseWhereItWas() {
    Case c = received();
    CaseTransfer t = CaseTransfer.request(c, B, "家庭搬迁", DIRECTOR_A, NOW);
    assertThatThrownBy(() -> t.decide(false, " ", c, DIRECTOR_B, NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("reason"));
    t.decide(false, "未在本社区居住", c, DIRECTOR_B, NOW);
    assertThat(t.status()).isEqualTo(CaseTransfer.Status.REJECTED);
    assertThat(c.jurisdiction()).isEqualTo(A);
    assertThat(c.assignee()).contains("director-a");
    assertThat(c.events().get(c.events().size() - 1).type())
        .isEqualTo(CaseEvent.Type.TRANSFER_REJECTED);
  }

  @Test
  void aRequestNeedsAnOpenCaseAnotherCommunityAReasonAndACaseWorker() {
    Case c = received();
    assertThatThrownBy(() -> CaseTransfer.request(c, A, "搬迁", DIRECTOR_A, NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("transfer.sameCommunity"));
    assertThatThrownBy(() -> CaseTransfer.request(c, STREET_2, "搬迁", DIRECTOR_A, NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("to"));
    assertThatThrownBy(() -> CaseTransfer.request(c, B, null, DIRECTOR_A, NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("reason"));
    assertThatThrownBy(() -> CaseTransfer.request(c, B, "搬迁", HOTLINE, NOW))
        .isInstanceOf(AccessDeniedException.class);

    c.requestClosure("无需干预", DIRECTOR_A, NOW, POLICY);
    c.decideClosure(true, "同意", SUPERVISOR_A, NOW);
    assertThatThrownBy(() -> CaseTransfer.request(c, B, "搬迁", DIRECTOR_A, NOW))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void theRequesterNeverDecidesHerOwnTransferAndAClosedCaseDoesNotMove() {
    Case c = received();
    CaseTransfer byStreet =
        CaseTransfer.request(c, new JurisdictionCode("210203001002"), "搬迁", SUPERVISOR_A, NOW);
    assertThatThrownBy(() -> byStreet.decide(true, null, c, SUPERVISOR_A, NOW))
        .isInstanceOf(AccessDeniedException.class);

    Case closing = received();
    CaseTransfer t = CaseTransfer.request(closing, B, "搬迁", DIRECTOR_A, NOW);
    closing.requestClosure("无需干预", DIRECTOR_A, NOW, POLICY);
    closing.decideClosure(true, "同意", SUPERVISOR_A, NOW);
    assertThatThrownBy(() -> t.decide(true, null, closing, DIRECTOR_B, NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("transfer.notOpen"));
    assertThat(closing.jurisdiction()).isEqualTo(A);
  }
}
