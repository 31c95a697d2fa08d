package org.shouhu.womensrights.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.shouhu.casework.application.TransitionCheck;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseStatus;
import org.shouhu.womensrights.domain.ComplaintStepRepository;
import org.shouhu.womensrights.domain.OutcomeBeforeClosure;

/** No closure request on a women's-rights complaint before its outcome is recorded. */
@ApplicationScoped
public class ComplaintClosure implements TransitionCheck {

  @Inject ComplaintStepRepository steps;

  @Override
  public void check(Case c, CaseStatus from, CaseStatus to) {
    OutcomeBeforeClosure.check(c, to, steps.ofCase(c.id()));
  }
}
