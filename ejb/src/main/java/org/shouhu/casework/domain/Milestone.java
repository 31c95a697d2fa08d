package org.shouhu.casework.domain;

/**
 * What happens in a case that starts or meets a deadline (the columns "starts at" and "met by" of
 * the deadline rules).
 */
public enum Milestone {
  /** The report or call came in ({@code receivedAt}). */
  RECEIVED,
  /** Someone saw or spoke with the subject: a visit (home, office, phone, school) was recorded. */
  VISITED,
  /**
   * The assessment concluded: the case moved on to intervention, or closure was requested from
   * assessment.
   */
  ASSESSED,
  /** The case entered follow-up (跟踪回访). */
  FOLLOW_UP_STARTED,
  /** A closed case was reopened. */
  REOPENED,
  /** The police issued a written warning (告诫书, Anti-Domestic Violence Law art. 16). */
  WARNED,
  /** A court issued a personal safety protection order (art. 28). */
  ORDER_ISSUED,
  /** The victim was taken into an emergency shelter (紧急庇护, art. 18). */
  SHELTERED,
  /** She left the shelter. */
  SHELTER_LEFT,
  /**
   * What a case kind records of its own: a police notice, a plan action, a court's ruling. Its
   * deadlines are started and met by that kind's context, by name and reference ({@link
   * Case#track}).
   */
  RECORDED
}
