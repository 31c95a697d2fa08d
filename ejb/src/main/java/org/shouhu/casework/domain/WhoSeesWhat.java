package org.shouhu.casework.domain;

import static org.shouhu.casework.domain.Disclosure.HIDDEN;
import static org.shouhu.casework.domain.Disclosure.MASKED;
import static org.shouhu.casework.domain.Disclosure.MASKED_REVEALABLE;
import static org.shouhu.casework.domain.Disclosure.SHARED_BY_REFERRAL;
import static org.shouhu.casework.domain.Disclosure.SHOWN;

import java.util.EnumMap;
import java.util.Map;

/**
 * DOMAIN.md §4 "who sees what", the one place that decides it: for each part of a case, what each
 * reader gets. Columns in the order of {@link Reader}: handler, intake taker (hotline, while
 * INTAKE), legal-aid officer (referred, in district), break-glass reader. Everyone else reads no
 * case at all.
 */
public final class WhoSeesWhat {

  private static final Map<CasePart, Disclosure[]> TABLE = new EnumMap<>(CasePart.class);

  static {
    // part, then: HANDLER, INTAKE_TAKER, LEGAL_AID, BREAK_GLASS
    row(CasePart.BASICS, SHOWN, SHOWN, SHOWN, SHOWN);
    row(CasePart.SUBJECT, SHOWN, SHOWN, SHOWN, SHOWN);
    row(CasePart.CONTACT_DETAILS, MASKED_REVEALABLE, MASKED_REVEALABLE, MASKED, MASKED_REVEALABLE);
    row(
        CasePart.OTHERS_CONTACT_DETAILS,
        MASKED_REVEALABLE,
        MASKED_REVEALABLE,
        HIDDEN,
        MASKED_REVEALABLE);
    row(CasePart.REPORTER, SHOWN, SHOWN, HIDDEN, HIDDEN);
    row(CasePart.CASE_NOTES, SHOWN, HIDDEN, HIDDEN, SHOWN);
    row(CasePart.PLACEMENT_ADDRESS, SHOWN, HIDDEN, HIDDEN, HIDDEN);
    row(CasePart.PLACEMENTS, SHOWN, HIDDEN, HIDDEN, SHOWN);
    row(CasePart.POLICE, SHOWN, SHOWN, HIDDEN, SHOWN);
    row(CasePart.PROTECTION_ORDERS, SHOWN, SHOWN, HIDDEN, SHOWN);
    row(CasePart.RESPONDENT, SHOWN, SHOWN, SHOWN, SHOWN);
    row(CasePart.OTHER_PEOPLE, SHOWN, SHOWN, HIDDEN, SHOWN);
    row(CasePart.ATTACHMENTS, SHOWN, HIDDEN, SHARED_BY_REFERRAL, HIDDEN);
    row(CasePart.LEGAL_AID_REFERRALS, SHOWN, HIDDEN, SHOWN, SHOWN);
    row(CasePart.AGENCY_REFERRALS, SHOWN, HIDDEN, HIDDEN, SHOWN);
    row(CasePart.HOTLINE_CALL, SHOWN, SHOWN, HIDDEN, SHOWN);
    row(CasePart.SUPPORT_FILE, SHOWN, HIDDEN, HIDDEN, SHOWN);
    row(CasePart.REHAB_GRANTS, SHOWN, HIDDEN, HIDDEN, SHOWN);
    row(CasePart.TRANSFERS, SHOWN, HIDDEN, HIDDEN, SHOWN);
  }

  private WhoSeesWhat() {}

  private static void row(CasePart part, Disclosure... byReader) {
    if (byReader.length != Reader.values().length) {
      throw new IllegalStateException("a row for every reader: " + part);
    }
    TABLE.put(part, byReader);
  }

  /** What {@code reader} gets of {@code part}. */
  public static Disclosure of(Reader reader, CasePart part) {
    Disclosure[] row = TABLE.get(part);
    if (row == null) {
      throw new IllegalStateException("no row in WhoSeesWhat for " + part);
    }
    return row[reader.ordinal()];
  }

  public static boolean sees(Reader reader, CasePart part) {
    return of(reader, part).visible();
  }

  /** Whether {@code reader} may ask for the full ID and phone numbers (a logged reveal). */
  public static boolean mayReveal(Reader reader) {
    return of(reader, CasePart.CONTACT_DETAILS) == MASKED_REVEALABLE;
  }
}
