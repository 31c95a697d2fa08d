package org.shouhu.casework.domain;

/**
 * The parts of a case that DOMAIN.md §4 decides on one by one. Every new part of a case (an order,
 * a placement, a support file, a grant) is one of these, or gets a row of its own here and in
 * {@link WhoSeesWhat}.
 */
public enum CasePart {
  /** Kind, status, category, summary, deadlines, assignee. */
  BASICS,
  /** The subject's name, sex and birth date. */
  SUBJECT,
  /** The subject's ID number, phone number and address. */
  CONTACT_DETAILS,
  /** The ID numbers, phone numbers and addresses of the other people in the case. */
  OTHERS_CONTACT_DETAILS,
  /** Who reported. */
  REPORTER,
  /** Visits, notes, assessments, plan, closure request, timeline. */
  CASE_NOTES,
  /** Where a child or a woman is placed or sheltered. */
  PLACEMENT_ADDRESS,
  /** Placements: their kind, dates and who decided them — not where. */
  PLACEMENTS,
  /** Whether the police must be told, and when, where and under which reference they were. */
  POLICE,
  /** Police written warnings and protection orders, with their rulings, service and breaches. */
  PROTECTION_ORDERS,
  /** The alleged perpetrator. */
  RESPONDENT,
  /** Guardians and household members. */
  OTHER_PEOPLE,
  /** Scans, photos, court papers. */
  ATTACHMENTS,
  /** The case's referrals to legal aid. */
  LEGAL_AID_REFERRALS,
  /** Referrals to other agencies (police, court, school, hospital…) and their answers. */
  AGENCY_REFERRALS,
  /** The hotline call the case came from (its number). */
  HOTLINE_CALL,
  /** An orphan's support file: grounds, placement, payee (account masked), its steps. */
  SUPPORT_FILE,
  /** A disabled child's rehabilitation grants: item, institution, period, cap, the claims. */
  REHAB_GRANTS,
  /** Transfers to another community: where to, why, asked and decided by whom. */
  TRANSFERS
}
