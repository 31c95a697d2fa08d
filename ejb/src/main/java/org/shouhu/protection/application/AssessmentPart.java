package org.shouhu.protection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.shouhu.casework.application.CasePartSource;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CasePart;
import org.shouhu.casework.domain.Disclosure;
import org.shouhu.casework.domain.Reader;
import org.shouhu.protection.domain.AssessmentRepository;
import org.shouhu.protection.domain.Instruments;
import org.shouhu.shared.application.CurrentUser;

/** {@code assessments} of a case, newest first, with their rule in the reader's language. */
@ApplicationScoped
public class AssessmentPart implements CasePartSource {

  @Inject AssessmentRepository assessments;
  @Inject Instruments instruments;
  @Inject CurrentUser user;

  @Override
  public String name() {
    return "assessments";
  }

  @Override
  public CasePart part() {
    return CasePart.CASE_NOTES;
  }

  @Override
  public List<ProtectionSheets.AssessmentSheet> read(Case c, Reader reader, Disclosure disclosure) {
    List<ProtectionSheets.AssessmentSheet> listed =
        assessments.ofCase(c.id()).stream()
            .map(
                a ->
                    ProtectionSheets.assessment(
                        a, instruments.find(a.instrument()).orElse(null), user.language()))
            .toList();
    return listed.isEmpty() ? null : listed;
  }
}
