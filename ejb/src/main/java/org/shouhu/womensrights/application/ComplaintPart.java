package org.shouhu.womensrights.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.shouhu.casework.application.CasePartSource;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CasePart;
import org.shouhu.casework.domain.Disclosure;
import org.shouhu.casework.domain.Reader;
import org.shouhu.womensrights.domain.ComplaintStepRepository;

/** A complaint's steps as the case shows them ({@code complaint}; case notes in DOMAIN.md §4). */
@ApplicationScoped
public class ComplaintPart implements CasePartSource {

  @Inject ComplaintStepRepository steps;

  @Override
  public String name() {
    return "complaint";
  }

  @Override
  public CasePart part() {
    return CasePart.CASE_NOTES;
  }

  @Override
  public List<ComplaintSteps.StepSheet> read(Case c, Reader reader, Disclosure disclosure) {
    List<ComplaintSteps.StepSheet> found =
        steps.ofCase(c.id()).stream().map(ComplaintSteps.StepSheet::of).toList();
    return found.isEmpty() ? null : found;
  }
}
