package org.shouhu.legalaid.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.shared.domain.InvalidInputException;

class LegalAidReferralTest {

  private static final Instant MORNING = Instant.parse("2026-11-28T02:15:00Z"); // 10:15 Beijing

  private static LegalAidReferral referral(
      CaseKind kind, CaseCategory category, boolean consent, LegalAidReferral.ConsentBasis basis) {
    return new LegalAidReferral(
        "case-1", kind, category, false, "代理", consent, basis, "director-a", MORNING);
  }

  @Test
  void withoutConsentALegalBasisIsRequired() {
    assertThatThrownBy(() -> referral(CaseKind.CHILD_PROTECTION, CaseCategory.NEGLECT, false, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.errors().get(0).field()).isEqualTo("consent");
              assertThat(e.errors().get(0).messageKey()).isEqualTo("legalAid.consentOrBasis");
            });
    assertThat(
            referral(
                    CaseKind.CHILD_PROTECTION,
                    CaseCategory.NEGLECT,
                    false,
                    LegalAidReferral.ConsentBasis.GUARDIAN_IS_RESPONDENT)
                .consentBasis())
        .contains(LegalAidReferral.ConsentBasis.GUARDIAN_IS_RESPONDENT);
    assertThat(referral(CaseKind.CHILD_PROTECTION, CaseCategory.NEGLECT, true, null).consent())
        .isTrue();
  }

  @Test
  void victimsOfAbuseAbandonmentOrDomesticViolenceAreExemptFromTheMeansTest() {
    assertThat(
            referral(CaseKind.DOMESTIC_VIOLENCE, CaseCategory.ECONOMIC, true, null)
                .meansTestExempt())
        .isTrue();
    assertThat(
            referral(CaseKind.CHILD_PROTECTION, CaseCategory.ABANDONMENT, true, null)
                .meansTestExempt())
        .isTrue();
    assertThat(
            referral(CaseKind.CHILD_PROTECTION, CaseCategory.SEXUAL_ABUSE, true, null)
                .meansTestExempt())
        .isTrue();
    assertThat(
            referral(CaseKind.WOMENS_RIGHTS, CaseCategory.DOMESTIC_VIOLENCE, true, null)
                .meansTestExempt())
        .isTrue();
    assertThat(
            referral(CaseKind.WOMENS_RIGHTS, CaseCategory.PROPERTY_RIGHTS, true, null)
                .meansTestExempt())
        .isFalse();
    assertThat(
            referral(CaseKind.CHILD_PROTECTION, CaseCategory.BULLYING, true, null)
                .meansTestExempt())
        .isFalse();
  }

  @Test
  void theDecisionIsDueAtMidnightOfTheSeventhDayAfter() {
    assertThat(referral(CaseKind.CHILD_PROTECTION, CaseCategory.NEGLECT, true, null).decisionDue())
        .isEqualTo(Instant.parse("2026-12-05T16:00:00Z")); // 2026-12-05 24:00 Beijing
  }

  private static LegalAidReferral minor(CaseCategory category) {
    return new LegalAidReferral(
        "case-2",
        CaseKind.CHILD_PROTECTION,
        category,
        true,
        "代理",
        true,
        null,
        "director-a",
        MORNING);
  }

  private static LegalAidReferral adult(CaseKind kind, CaseCategory category) {
    return referral(kind, category, true, null);
  }

  private static Instant days(double d) {
    return MORNING.plusSeconds((long) (d * 86400));
  }

  private static LegalAidReferral.ReferralDeadline only(LegalAidReferral r, String name) {
    List<LegalAidReferral.ReferralDeadline> found =
        r.deadlines().stream().filter(d -> d.name().equals(name)).toList();
    return found.get(found.size() - 1);
  }

  @Test
  void aDecisionWithinSevenDaysMeetsTheDeadlineAndALateOneIsOverdueUntilMade() {
    LegalAidReferral onTime = adult(CaseKind.WOMENS_RIGHTS, CaseCategory.PROPERTY_RIGHTS);
    onTime.decide(LegalAidReferral.Decision.ACCEPTED, null, null, List.of(), "legalaid1", days(6));
    LegalAidReferral.ReferralDeadline met = only(onTime, "LEGAL_AID_DECISION");
    assertThat(met.met()).isTrue();
    assertThat(met.metAt()).isBeforeOrEqualTo(met.dueAt());

    LegalAidReferral late = adult(CaseKind.WOMENS_RIGHTS, CaseCategory.PROPERTY_RIGHTS);
    assertThat(only(late, "LEGAL_AID_DECISION").overdue(days(7.5))).isFalse(); // 12-05 22:15
    assertThat(only(late, "LEGAL_AID_DECISION").overdue(days(8))).isTrue(); // 12-06 10:15
    late.decide(LegalAidReferral.Decision.ACCEPTED, null, null, List.of(), "legalaid1", days(9));
    LegalAidReferral.ReferralDeadline lateOne = only(late, "LEGAL_AID_DECISION");
    assertThat(lateOne.overdue(days(10))).isFalse();
    assertThat(lateOne.metAt()).isAfter(lateOne.dueAt());
  }

  @Test
  void askingForMaterialsStopsTheClockAndTheirArrivalStartsSevenNewDays() {
    LegalAidReferral r = adult(CaseKind.WOMENS_RIGHTS, CaseCategory.PROPERTY_RIGHTS);
    r.decide(
        LegalAidReferral.Decision.MATERIALS_NEEDED,
        null,
        null,
        List.of("身份证明", " ", "收入证明"),
        "legalaid1",
        days(2));
    assertThat(r.status()).isEqualTo(LegalAidReferral.Status.MATERIALS_NEEDED);
    assertThat(r.materials()).containsExactly("身份证明", "收入证明");
    assertThat(r.deadlines()).hasSize(1);
    assertThat(r.deadlines().get(0).met()).isTrue();
    assertThat(r.deadlines().get(0).overdue(days(30))).isFalse(); // the clock stands still

    // 一次性告知: never a second request for materials
    assertThatThrownBy(
            () ->
                r.decide(
                    LegalAidReferral.Decision.ACCEPTED,
                    null,
                    null,
                    List.of(),
                    "legalaid1",
                    days(3)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("legalAid.materialsPending"));
    r.materialsArrived(days(20)); // 2026-12-18 10:15 Beijing
    assertThat(r.status()).isEqualTo(LegalAidReferral.Status.REFERRED);
    assertThat(r.decisionDue()).isEqualTo(Instant.parse("2026-12-25T16:00:00Z")); // 12-25 24:00
    assertThatThrownBy(
            () ->
                r.decide(
                    LegalAidReferral.Decision.MATERIALS_NEEDED,
                    null,
                    null,
                    List.of("户口簿"),
                    "legalaid1",
                    days(21)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("legalAid.materialsOnce"));
    assertThat(only(r, "LEGAL_AID_DECISION").overdue(days(26))).isFalse();
    assertThat(only(r, "LEGAL_AID_DECISION").overdue(days(28))).isTrue();
  }

  @Test
  void aLawyerIsDueWithinThreeDaysOfAcceptance() {
    LegalAidReferral r = adult(CaseKind.WOMENS_RIGHTS, CaseCategory.PROPERTY_RIGHTS);
    assertThat(r.deadlines())
        .extracting(LegalAidReferral.ReferralDeadline::name)
        .containsExactly("LEGAL_AID_DECISION");
    r.decide(LegalAidReferral.Decision.ACCEPTED, null, null, List.of(), "legalaid1", days(1));
    LegalAidReferral.ReferralDeadline lawyer = only(r, "LAWYER_ASSIGNED");
    // accepted 2026-11-29 10:15 Beijing: the lawyer by 2026-12-02 24:00
    assertThat(lawyer.dueAt()).isEqualTo(Instant.parse("2026-12-02T16:00:00Z"));
    assertThat(lawyer.overdue(days(4.5))).isFalse(); // 12-02 22:15 Beijing
    assertThat(lawyer.overdue(days(5))).isTrue(); // 12-03 10:15 Beijing
    r.assignLawyer("李律师", "某律师事务所", null, days(5.5));
    assertThat(only(r, "LAWYER_ASSIGNED").met()).isTrue();
    assertThat(only(r, "LAWYER_ASSIGNED").metAt()).isAfter(lawyer.dueAt());
    r.conclude("调解成功", days(40));
    assertThat(r.status()).isEqualTo(LegalAidReferral.Status.CONCLUDED);
  }

  @Test
  void aLawyerBeforeTheDecisionNeedsAnUrgentGround() {
    LegalAidReferral r = adult(CaseKind.WOMENS_RIGHTS, CaseCategory.PROPERTY_RIGHTS);
    assertThatThrownBy(() -> r.assignLawyer("李律师", null, null, days(1)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("urgent"));
    r.assignLawyer("李律师", null, LegalAidReferral.EarlyAidGround.LIMITATION_NEAR, days(1));
    assertThat(r.earlyAid()).contains(LegalAidReferral.EarlyAidGround.LIMITATION_NEAR);
    r.decide(LegalAidReferral.Decision.ACCEPTED, null, null, List.of(), "legalaid1", days(2));
    assertThat(only(r, "LAWYER_ASSIGNED").metAt()).isEqualTo(days(2)); // met at acceptance
  }

  @Test
  void declineNeedsReasonsAndNeverForMeansUnderArticles32And42() {
    LegalAidReferral dv = adult(CaseKind.DOMESTIC_VIOLENCE, CaseCategory.DOMESTIC_VIOLENCE);
    assertThatThrownBy(
            () ->
                dv.decide(
                    LegalAidReferral.Decision.DECLINED,
                    "收入较高",
                    LegalAidReferral.ReasonCode.MEANS,
                    List.of(),
                    "legalaid1",
                    days(1)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.errors().get(0).field()).isEqualTo("reasonCode");
              assertThat(e.errors().get(0).messageKey()).isEqualTo("legalAid.meansExempt");
            });
    assertThat(dv.status()).isEqualTo(LegalAidReferral.Status.REFERRED);

    LegalAidReferral child = minor(CaseCategory.BULLYING);
    assertThat(child.meansTestExempt()).isFalse();
    assertThat(child.hardshipCheckWaived()).isTrue();
    assertThatThrownBy(
            () ->
                child.decide(
                    LegalAidReferral.Decision.DECLINED,
                    "收入较高",
                    LegalAidReferral.ReasonCode.MEANS,
                    List.of(),
                    "legalaid1",
                    days(1)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("legalAid.hardshipWaived"));

    LegalAidReferral property = adult(CaseKind.WOMENS_RIGHTS, CaseCategory.PROPERTY_RIGHTS);
    assertThatThrownBy(
            () ->
                property.decide(
                    LegalAidReferral.Decision.DECLINED,
                    " ",
                    LegalAidReferral.ReasonCode.MEANS,
                    List.of(),
                    "legalaid1",
                    days(1)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("reason"));
    property.decide(
        LegalAidReferral.Decision.DECLINED,
        "家庭收入高于标准",
        LegalAidReferral.ReasonCode.MEANS,
        List.of(),
        "legalaid1",
        days(1));
    assertThat(property.status()).isEqualTo(LegalAidReferral.Status.DECLINED);
    assertThat(property.deadlines())
        .extracting(LegalAidReferral.ReferralDeadline::name)
        .containsExactly("LEGAL_AID_DECISION");
    assertThatThrownBy(
            () ->
                property.decide(
                    LegalAidReferral.Decision.ACCEPTED, null, null, List.of(), "x", days(2)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> property.assignLawyer("李律师", null, null, days(2)))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aMinorIsUnderEighteenOnTheDayAndAChildsCaseWithoutABirthDateIsOne() {
    LocalDate day = LocalDate.of(2026, 11, 29);
    assertThat(LegalAidReferral.minorOn(CaseKind.WOMENS_RIGHTS, LocalDate.of(2008, 11, 30), day))
        .isTrue();
    assertThat(LegalAidReferral.minorOn(CaseKind.CHILD_PROTECTION, LocalDate.of(2008, 11, 29), day))
        .isFalse();
    assertThat(LegalAidReferral.minorOn(CaseKind.CHILD_PROTECTION, null, day)).isTrue();
    assertThat(LegalAidReferral.minorOn(CaseKind.WOMENS_RIGHTS, null, day)).isFalse();
    // an orphan is a social-assistance recipient: art. 42 (2) waives the check at any age
    assertThat(
            new LegalAidReferral(
                    "case-3",
                    CaseKind.ORPHAN_SUPPORT,
                    CaseCategory.OTHER,
                    false,
                    "代理",
                    true,
                    null,
                    "director-a",
                    MORNING)
                .hardshipCheckWaived())
        .isTrue();
  }

  @Test
  void noStepIsDatedBeforeTheOneItFollows() {
    LegalAidReferral r = adult(CaseKind.WOMENS_RIGHTS, CaseCategory.PROPERTY_RIGHTS);
    r.decide(LegalAidReferral.Decision.MATERIALS_NEEDED, null, null, List.of("身份证明"), "x", days(9));
    // asked for on day 9: the first seven days were met, but late
    assertThat(r.deadlines().get(0).met()).isTrue();
    assertThat(r.deadlines().get(0).metOnTime()).isFalse();
    r.materialsArrived(days(12));
    assertThatThrownBy(
            () ->
                r.decide(LegalAidReferral.Decision.ACCEPTED, null, null, List.of(), "x", days(11)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("at"));
    r.decide(LegalAidReferral.Decision.ACCEPTED, null, null, List.of(), "x", days(13));
    assertThatThrownBy(() -> r.assignLawyer("李律师", null, null, days(12.5)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("at"));
    assertThatThrownBy(() -> r.conclude("结果", days(12.9)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("at"));
  }
}
