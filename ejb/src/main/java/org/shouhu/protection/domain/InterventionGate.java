package org.shouhu.protection.domain;

import java.time.Instant;
import java.util.List;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.CaseStatus;
import org.shouhu.shared.domain.InvalidInputException;

/**
 * [policy default] A child-protection case moves ASSESSMENT → INTERVENTION only when at least one
 * assessment made since it last entered ASSESSMENT is APPROVED (DOMAIN.md §2.1, API.md "Child
 * protection"); otherwise the move is refused on {@code to}, naming the missing approval.
 */
public final class InterventionGate {

  private InterventionGate() {}

  public static void check(Case c, CaseStatus from, CaseStatus to, List<Assessment> assessments) {
    if (c.kind() != CaseKind.CHILD_PROTECTION
        || from != CaseStatus.ASSESSMENT
        || to != CaseStatus.INTERVENTION) {
      return;
    }
    Instant since = c.enteredAt(CaseStatus.ASSESSMENT).orElse(Instant.MIN);
    boolean approved =
        assessments.stream()
            .anyMatch(
                a -> a.status() == Assessment.Status.APPROVED && !a.assessedAt().isBefore(since));
    if (!approved) {
      throw InvalidInputException.of("to", "assessment.approvalMissing");
    }
  }
}
