package org.shouhu.protection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.shouhu.casework.application.TransitionCheck;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseStatus;
import org.shouhu.protection.domain.AssessmentRepository;
import org.shouhu.protection.domain.InterventionGate;

/** The lifecycle asks {@link InterventionGate} before a case enters INTERVENTION. */
@ApplicationScoped
public class InterventionGateCheck implements TransitionCheck {

  @Inject AssessmentRepository assessments;

  @Override
  public void check(Case c, CaseStatus from, CaseStatus to) {
    if (to == CaseStatus.INTERVENTION) {
      InterventionGate.check(c, from, to, assessments.ofCase(c.id()));
    }
  }
}
