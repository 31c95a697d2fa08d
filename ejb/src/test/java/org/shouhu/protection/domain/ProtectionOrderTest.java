package org.shouhu.protection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.protection.domain.ChildCases.CASEWORKER;
import static org.shouhu.protection.domain.ChildCases.POLICY;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.Deadline;
import org.shouhu.shared.domain.InvalidInputException;

/** A protection order on the legal clock: application, rulings, service, breaches, review. */
class ProtectionOrderTest {

  static final Instant APPLIED = at("2026-08-28T09:00:00+08:00");
  static final Instant ACCEPTED = at("2026-08-28T15:00:00+08:00");
  static final Instant NOW = at("2026-11-29T10:00:00+08:00");
  static final Set<Measure> NO_VIOLENCE = EnumSet.of(Measure.NO_VIOLENCE);

  static Instant at(String time) {
    return OffsetDateTime.parse(time).toInstant();
  }

  static Case dvCase() {
    return ChildCases.reported(CaseKind.DOMESTIC_VIOLENCE, CaseCategory.PHYSICAL, false);
  }

  static ProtectionOrder applied(Case c, boolean urgent) {
    return ProtectionOrder.apply(
        c,
        ProtectionOrder.Applicant.WOMENS_FEDERATION,
        "大连市西岗区人民法院",
        APPLIED,
        ACCEPTED,
        urgent,
        NO_VIOLENCE,
        CASEWORKER,
        NOW);
  }

  static Deadline deadline(Case c, String name) {
    return c.deadlines().stream()
        .filter(d -> d.name().equals(name) && d.isOpen() || d.name().equals(name))
        .reduce((first, second) -> second)
        .orElseThrow();
  }

  static String field(Runnable r) {
    try {
      r.run();
    } catch (InvalidInputException e) {
      return e.errors().get(0).field() + ":" + e.errors().get(0).messageKey();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void anApplicationAwaitsItsRulingWithin72HoursOr24WhenUrgent() {
    Case c = dvCase();
    ProtectionOrder o = applied(c, false);
    assertThat(o.rulingDueAt()).isEqualTo(at("2026-08-31T15:00:00+08:00"));
    assertThat(deadline(c, ProtectionOrder.RULING_DEADLINE).dueAt()).isEqualTo(o.rulingDueAt());
    assertThat(applied(dvCase(), true).rulingDueAt()).isEqualTo(at("2026-08-29T15:00:00+08:00"));
    assertThat(o.status(NOW)).isEqualTo(ProtectionOrder.Status.PENDING);
  }

  @Test
  void onlyDomesticViolenceCasesHaveOrders() {
    Case child = ChildCases.reported(CaseCategory.NEGLECT, false);
    assertThat(field(() -> applied(child, false))).isEqualTo("kind:order.domesticViolenceOnly");
  }

  @Test
  void aRulingBeforeAcceptanceAndAValidityOverSixMonthsAreRefused() {
    Case c = dvCase();
    ProtectionOrder o = applied(c, false);
    Instant ruled = at("2026-08-31T10:00:00+08:00");
    assertThat(
            field(
                () ->
                    o.rule(
                        c,
                        OrderRuling.Decision.ISSUED,
                        at("2026-08-28T14:00:00+08:00"),
                        NO_VIOLENCE,
                        LocalDate.of(2026, 12, 1),
                        CASEWORKER,
                        NOW,
                        POLICY)))
        .isEqualTo("ruledAt:order.ruledBeforeAcceptance");
    assertThat(
            field(
                () ->
                    o.rule(
                        c,
                        OrderRuling.Decision.ISSUED,
                        ruled,
                        NO_VIOLENCE,
                        LocalDate.of(2027, 3, 1),
                        CASEWORKER,
                        NOW,
                        POLICY)))
        .isEqualTo("validUntil:order.sixMonths");
    // 31 August + 6 months = 28 February: the last day allowed
    o.rule(
        c,
        OrderRuling.Decision.ISSUED,
        ruled,
        NO_VIOLENCE,
        LocalDate.of(2027, 2, 28),
        CASEWORKER,
        NOW,
        POLICY);
    assertThat(o.status(NOW)).isEqualTo(ProtectionOrder.Status.ISSUED);
    assertThat(deadline(c, ProtectionOrder.RULING_DEADLINE).metAt()).contains(ruled);
    assertThat(deadline(c, ProtectionOrder.EXPIRY_DEADLINE).dueAt())
        .isEqualTo(at("2027-02-15T00:00:00+08:00"));
    assertThat(o.status(at("2027-03-01T00:00:01+08:00"))).isEqualTo(ProtectionOrder.Status.EXPIRED);
  }

  @Test
  void anExtensionCountsItsSixMonthsFromItsOwnRulingAndARevocationEndsTheOrder() {
    Case c = dvCase();
    ProtectionOrder o = applied(c, false);
    o.rule(
        c,
        OrderRuling.Decision.ISSUED,
        at("2026-08-31T10:00:00+08:00"),
        NO_VIOLENCE,
        LocalDate.of(2026, 11, 30),
        CASEWORKER,
        NOW,
        POLICY);
    Instant extended = at("2026-11-20T10:00:00+08:00");
    assertThat(
            field(
                () ->
                    o.rule(
                        c,
                        OrderRuling.Decision.EXTENDED,
                        extended,
                        NO_VIOLENCE,
                        LocalDate.of(2026, 11, 30),
                        CASEWORKER,
                        NOW,
                        POLICY)))
        .isEqualTo("validUntil:order.notLonger");
    o.rule(
        c,
        OrderRuling.Decision.EXTENDED,
        extended,
        NO_VIOLENCE,
        LocalDate.of(2027, 5, 20),
        CASEWORKER,
        NOW,
        POLICY);
    assertThat(o.currentRuling().orElseThrow().validUntil()).contains(LocalDate.of(2027, 5, 20));
    assertThat(
            field(
                () ->
                    o.rule(
                        c,
                        OrderRuling.Decision.ISSUED,
                        NOW,
                        NO_VIOLENCE,
                        LocalDate.of(2027, 1, 1),
                        CASEWORKER,
                        NOW,
                        POLICY)))
        .isEqualTo("decision:order.notInForce");
    o.rule(c, OrderRuling.Decision.REVOKED, NOW, Set.of(), null, CASEWORKER, NOW, POLICY);
    assertThat(o.status(NOW)).isEqualTo(ProtectionOrder.Status.REVOKED);
    assertThat(deadline(c, ProtectionOrder.EXPIRY_DEADLINE).lapsedAt()).isPresent();
  }

  @Test
  void reconsiderationIsAskedWithinFiveDaysOnceByEachParty() {
    Case c = dvCase();
    ProtectionOrder o = applied(c, false);
    Instant ruled = at("2026-08-31T10:00:00+08:00");
    o.rule(
        c,
        OrderRuling.Decision.ISSUED,
        ruled,
        NO_VIOLENCE,
        LocalDate.of(2026, 12, 31),
        CASEWORKER,
        NOW,
        POLICY);
    assertThat(
            field(
                () ->
                    o.reconsider(
                        c,
                        ProtectionOrder.Party.RESPONDENT,
                        at("2026-09-06T00:00:01+08:00"),
                        CASEWORKER,
                        NOW)))
        .isEqualTo("at:order.reconsiderationWindow");
    o.reconsider(
        c, ProtectionOrder.Party.RESPONDENT, at("2026-09-05T23:59:00+08:00"), CASEWORKER, NOW);
    assertThat(
            field(
                () ->
                    o.reconsider(
                        c,
                        ProtectionOrder.Party.RESPONDENT,
                        at("2026-09-05T23:59:30+08:00"),
                        CASEWORKER,
                        NOW)))
        .isEqualTo("party:order.reconsiderationOnce");
    o.reconsider(
        c, ProtectionOrder.Party.APPLICANT, at("2026-09-01T09:00:00+08:00"), CASEWORKER, NOW);
    assertThat(o.events()).hasSize(2);
  }

  @Test
  void serviceAndBreachesNeedAnOrderInForce() {
    Case c = dvCase();
    ProtectionOrder o = applied(c, false);
    assertThat(
            field(
                () ->
                    o.serve(
                        c, EnumSet.of(ProtectionOrder.Served.RESPONDENT), NOW, CASEWORKER, NOW)))
        .isEqualTo("at:order.notIssued");
    o.rule(
        c,
        OrderRuling.Decision.ISSUED,
        at("2026-08-31T10:00:00+08:00"),
        NO_VIOLENCE,
        LocalDate.of(2026, 12, 31),
        CASEWORKER,
        NOW,
        POLICY);
    o.serve(
        c,
        EnumSet.of(ProtectionOrder.Served.RESPONDENT, ProtectionOrder.Served.POLICE),
        at("2026-09-01T10:00:00+08:00"),
        CASEWORKER,
        NOW);
    assertThat(
            field(
                () -> o.violate(c, at("2026-08-30T10:00:00+08:00"), "JJ-1", "打人", CASEWORKER, NOW)))
        .isEqualTo("at:order.notInForceAt");
    OrderEvent breach =
        o.violate(c, at("2026-10-01T20:00:00+08:00"), "JJ-2", "又来骚扰", CASEWORKER, NOW);
    assertThat(breach.reference()).contains("JJ-2");
  }

  @Test
  void aWarningStartsTheFollowUpVisitsOfArticle17() {
    Case c = dvCase();
    Instant issued = at("2026-11-28T09:00:00+08:00");
    PoliceWarning.record(
        c, "西岗公安分局八一路派出所", issued, "西公（八）告字〔2026〕15号", null, CASEWORKER, NOW, POLICY);
    assertThat(deadline(c, "WARNING_VISIT_1").dueAt()).isEqualTo(at("2026-12-06T00:00:00+08:00"));
    assertThat(deadline(c, "WARNING_VISIT_3").dueAt()).isEqualTo(at("2027-01-29T00:00:00+08:00"));
  }

  @Test
  void anIssuedOrderStartsTheFollowUpVisitsToo() {
    Case c = dvCase();
    ProtectionOrder o = applied(c, false);
    Instant ruled = at("2026-08-31T10:00:00+08:00");
    o.rule(
        c,
        OrderRuling.Decision.ISSUED,
        ruled,
        NO_VIOLENCE,
        LocalDate.of(2026, 12, 31),
        CASEWORKER,
        NOW,
        POLICY);
    assertThat(deadline(c, "ORDER_VISIT_1").dueAt()).isEqualTo(at("2026-09-08T00:00:00+08:00"));
    assertThat(deadline(c, "ORDER_VISIT_2").dueAt()).isEqualTo(at("2026-10-01T00:00:00+08:00"));
  }
}
