package org.shouhu.casework.domain;

import java.util.EnumSet;
import java.util.Set;
import org.shouhu.shared.domain.InvalidInputException;

/**
 * The one lifecycle of every case: INTAKE 接报 → ASSESSMENT 评估 → INTERVENTION 处置/帮扶 → FOLLOW_UP 跟踪回访
 * → CLOSED 结案, or NOT_ACCEPTED 不予受理 from intake; a closed case can be reopened into assessment.
 * CLOSED is reached only through an approved closure request.
 */
public enum CaseStatus {
  INTAKE,
  ASSESSMENT,
  INTERVENTION,
  FOLLOW_UP,
  CLOSED,
  NOT_ACCEPTED;

  /** The statuses a direct transition may lead to from this one (API.md). */
  public Set<CaseStatus> directTargets() {
    return switch (this) {
      case INTAKE -> EnumSet.of(ASSESSMENT, NOT_ACCEPTED);
      case ASSESSMENT -> EnumSet.of(INTERVENTION);
      case INTERVENTION -> EnumSet.of(FOLLOW_UP);
      case FOLLOW_UP -> EnumSet.of(INTERVENTION);
      case CLOSED -> EnumSet.of(ASSESSMENT);
      case NOT_ACCEPTED -> EnumSet.noneOf(CaseStatus.class);
    };
  }

  /**
   * Checks a direct move to {@code to}: closing is never one (it goes through a closure request),
   * and the refusal of any other names the moves allowed.
   */
  public void requireMoveTo(CaseStatus to) {
    if (to == CLOSED) {
      throw InvalidInputException.of("to", "case.transition.closeByRequest");
    }
    if (!directTargets().contains(to)) {
      throw new TransitionNotAllowedException(this, to, directTargets());
    }
  }

  /** Closure may be requested after follow-up, or when the assessment found no need to act. */
  public boolean allowsClosureRequest() {
    return this == FOLLOW_UP || this == ASSESSMENT;
  }

  /** Open cases are those still being worked (duplicates, worklists). */
  public boolean isOpen() {
    return this != CLOSED && this != NOT_ACCEPTED;
  }
}
