package org.shouhu.womensrights.domain;

import java.util.List;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.CaseStatus;
import org.shouhu.shared.domain.InvalidInputException;

/**
 * [policy default] A women's-rights complaint is closed only once its outcome is recorded: a
 * closure request on a WOMENS_RIGHTS case without an OUTCOME step is refused, naming the step.
 */
public final class OutcomeBeforeClosure {

  private OutcomeBeforeClosure() {}

  public static void check(Case c, CaseStatus to, List<ComplaintStep> steps) {
    if (c.kind() != CaseKind.WOMENS_RIGHTS || to != CaseStatus.CLOSED) {
      return;
    }
    if (steps.stream().noneMatch(s -> s.type() == ComplaintStep.Type.OUTCOME)) {
      throw InvalidInputException.of("reason", "complaint.outcomeMissing");
    }
  }
}
