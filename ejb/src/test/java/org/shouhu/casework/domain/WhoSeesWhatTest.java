package org.shouhu.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.casework.domain.Disclosure.HIDDEN;
import static org.shouhu.casework.domain.Disclosure.MASKED;
import static org.shouhu.casework.domain.Disclosure.MASKED_REVEALABLE;
import static org.shouhu.casework.domain.Disclosure.SHARED_BY_REFERRAL;
import static org.shouhu.casework.domain.Disclosure.SHOWN;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DOMAIN.md §4 "who sees what", cell by cell, as the statute-like table states it (columns:
 * handler, hotline operator while INTAKE, legal-aid officer of a referred case, break-glass
 * reader). A change to the table in the code that the domain brief does not make fails here.
 */
class WhoSeesWhatTest {

  static Stream<Arguments> domainTable() {
    return Stream.of(
        // kind, status, category, summary, deadlines: ✓ ✓(while INTAKE) ✓ ✓
        row(CasePart.BASICS, SHOWN, SHOWN, SHOWN, SHOWN),
        // subject name, sex, birth date: ✓ ✓ ✓ ✓
        row(CasePart.SUBJECT, SHOWN, SHOWN, SHOWN, SHOWN),
        // ID number, phone, address: masked+reveal, masked+reveal, masked no reveal, masked+reveal
        row(
            CasePart.CONTACT_DETAILS,
            MASKED_REVEALABLE,
            MASKED_REVEALABLE,
            MASKED,
            MASKED_REVEALABLE),
        // API.md "Cases": legal aid never gets other people's contact details
        row(
            CasePart.OTHERS_CONTACT_DETAILS,
            MASKED_REVEALABLE,
            MASKED_REVEALABLE,
            HIDDEN,
            MASKED_REVEALABLE),
        // reporter identity: ✓ ✓ ✗ ✗
        row(CasePart.REPORTER, SHOWN, SHOWN, HIDDEN, HIDDEN),
        // visits, notes, assessments, plan, timeline: ✓ ✗ ✗ ✓
        row(CasePart.CASE_NOTES, SHOWN, HIDDEN, HIDDEN, SHOWN),
        // placement / shelter address: ✓ ✗ ✗ ✗
        row(CasePart.PLACEMENT_ADDRESS, SHOWN, HIDDEN, HIDDEN, HIDDEN),
        // placements without where (kind, dates, who decided): the notes' row, since DOMAIN.md
        // has none of their own — not in legal aid's referral view (API.md "Cases")
        row(CasePart.PLACEMENTS, SHOWN, HIDDEN, HIDDEN, SHOWN),
        // the police notice is deadline-like (the first row); not in the referral view
        row(CasePart.POLICE, SHOWN, SHOWN, HIDDEN, SHOWN),
        // warnings and protection orders: like the police notice (the 12338 operator who took the
        // call sees them while at INTAKE); not in legal aid's referral view (API.md "Cases")
        row(CasePart.PROTECTION_ORDERS, SHOWN, SHOWN, HIDDEN, SHOWN),
        // respondent: ✓ ✓ ✓ ✓
        row(CasePart.RESPONDENT, SHOWN, SHOWN, SHOWN, SHOWN),
        // guardians and household members: not in the referral view (API.md "Cases")
        row(CasePart.OTHER_PEOPLE, SHOWN, SHOWN, HIDDEN, SHOWN),
        // attachments: ✓ ✗ those the referral shares ✗
        row(CasePart.ATTACHMENTS, SHOWN, HIDDEN, SHARED_BY_REFERRAL, HIDDEN),
        // the referral itself: handlers and legal aid (API.md), and the break-glass reader's plan
        row(CasePart.LEGAL_AID_REFERRALS, SHOWN, HIDDEN, SHOWN, SHOWN),
        // referrals to other agencies: case work (the notes' row); legal aid reads its own only
        row(CasePart.AGENCY_REFERRALS, SHOWN, HIDDEN, HIDDEN, SHOWN),
        // the call a case came from: the operator who took it sees its number while at INTAKE
        row(CasePart.HOTLINE_CALL, SHOWN, SHOWN, HIDDEN, SHOWN),
        // an orphan's support file: case work (the account masked in it, in full in the bank file)
        row(CasePart.SUPPORT_FILE, SHOWN, HIDDEN, HIDDEN, SHOWN),
        row(CasePart.REHAB_GRANTS, SHOWN, HIDDEN, HIDDEN, SHOWN),
        // transfers to another community (issue 27): ✓ ✗ ✗ ✓; the receiver is no reader
        row(CasePart.TRANSFERS, SHOWN, HIDDEN, HIDDEN, SHOWN));
  }

  private static Arguments row(CasePart part, Disclosure... byReader) {
    return Arguments.of(part, byReader);
  }

  @ParameterizedTest
  @MethodSource("domainTable")
  void everyCellIsAsTheDomainBriefSays(CasePart part, Disclosure[] expected) {
    for (Reader reader : Reader.values()) {
      assertThat(WhoSeesWhat.of(reader, part))
          .as(reader + " × " + part)
          .isEqualTo(expected[reader.ordinal()]);
    }
  }

  @Test
  void everyPartOfACaseHasItsRowInTheBrief() {
    assertThat(Arrays.stream(CasePart.values()))
        .allMatch(p -> domainTable().anyMatch(a -> a.get()[0] == p));
  }

  @Test
  void onlyLegalAidMayNeverReveal() {
    assertThat(WhoSeesWhat.mayReveal(Reader.HANDLER)).isTrue();
    assertThat(WhoSeesWhat.mayReveal(Reader.INTAKE_TAKER)).isTrue();
    assertThat(WhoSeesWhat.mayReveal(Reader.BREAK_GLASS)).isTrue();
    assertThat(WhoSeesWhat.mayReveal(Reader.LEGAL_AID)).isFalse();
  }
}
