package org.shouhu.legalaid.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.shared.domain.InvalidInputException;

class LegalAidReferralTest {

  private static final Instant MORNING = Instant.parse("2026-11-28T02:15:00Z"); // 10:15 Beijing

  private static LegalAidReferral referral(
      CaseKind kind, CaseCategory category, boolean consent, LegalAidReferral.ConsentBasis basis) {
    return new LegalAidReferral(
        "case-1", kind, category, "代理", consent, basis, "director-a", MORNING);
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
}
