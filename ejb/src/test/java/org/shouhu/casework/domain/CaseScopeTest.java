package org.shouhu.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.casework.domain.Cases.CASEWORKER;
import static org.shouhu.casework.domain.Cases.DIRECTOR;
import static org.shouhu.casework.domain.Cases.NOW;
import static org.shouhu.casework.domain.Cases.POLICY;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** As whom a caller reads a case (DOMAIN.md §1, §4); the queries apply the same clauses. */
class CaseScopeTest {

  private static final CaseScope COMMUNITY = new CaseScope(Set.of("210203001001"), null, null);
  private static final CaseScope STREET = new CaseScope(Set.of("210203001"), null, null);
  private static final CaseScope OTHER_STREET = new CaseScope(Set.of("210203002"), null, null);
  private static final CaseScope TAKER = new CaseScope(Set.of(), "director-a", null);
  private static final CaseScope LEGAL_AID = new CaseScope(Set.of(), null, "210203");
  private static final CaseScope OTHER_DISTRICT_LEGAL_AID = new CaseScope(Set.of(), null, "210204");

  @Test
  void handlersReadTheCasesOfTheirNode() {
    Case c = Cases.received();
    assertThat(COMMUNITY.readerOf(c)).contains(Reader.HANDLER);
    assertThat(STREET.readerOf(c)).contains(Reader.HANDLER);
    assertThat(OTHER_STREET.readerOf(c)).isEmpty();
  }

  @Test
  void theIntakeTakerReadsHerIntakeOnlyWhileItIsAtIntake() {
    Case c = Cases.received(); // taken in by director-a
    assertThat(TAKER.readerOf(c)).contains(Reader.INTAKE_TAKER);
    c.moveTo(CaseStatus.ASSESSMENT, null, null, DIRECTOR, NOW, POLICY);
    assertThat(TAKER.readerOf(c)).isEmpty();
    assertThat(new CaseScope(Set.of(), "someone-else", null).readerOf(Cases.received())).isEmpty();
  }

  @Test
  void legalAidReadsOnlyCasesSharedWithItInItsDistrict() {
    Case c = Cases.received();
    assertThat(LEGAL_AID.readerOf(c)).isEmpty();
    c.shareWithLegalAid("代理诉讼", CASEWORKER, NOW);
    assertThat(LEGAL_AID.readerOf(c)).contains(Reader.LEGAL_AID);
    assertThat(OTHER_DISTRICT_LEGAL_AID.readerOf(c)).isEmpty();
  }

  @Test
  void aHandlerIsAHandlerEvenWhenSheAlsoTookItIn() {
    CaseScope both = new CaseScope(Set.of("210203001"), "director-a", "210203");
    assertThat(both.readerOf(Cases.received())).isEqualTo(Optional.of(Reader.HANDLER));
  }

  @Test
  void whatARoleCouldEverSee() {
    assertThat(LEGAL_AID.couldSee(CasePart.CASE_NOTES)).isFalse();
    assertThat(TAKER.couldSee(CasePart.CASE_NOTES)).isFalse();
    assertThat(COMMUNITY.couldSee(CasePart.CASE_NOTES)).isTrue();
    assertThat(LEGAL_AID.couldReveal()).isFalse();
    assertThat(TAKER.couldReveal()).isTrue();
    assertThat(CaseScope.none().isEmpty()).isTrue();
    assertThat(CaseScope.none().couldSee(CasePart.BASICS)).isFalse();
  }
}
