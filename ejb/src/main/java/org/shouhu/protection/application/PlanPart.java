package org.shouhu.protection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.shouhu.casework.application.CasePartSource;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CasePart;
import org.shouhu.casework.domain.Disclosure;
import org.shouhu.casework.domain.Reader;
import org.shouhu.protection.domain.PlanActionRepository;

/** {@code planActions}: the case plan, earliest due first. */
@ApplicationScoped
public class PlanPart implements CasePartSource {

  @Inject PlanActionRepository actions;

  @Override
  public String name() {
    return "planActions";
  }

  @Override
  public CasePart part() {
    return CasePart.CASE_NOTES;
  }

  @Override
  public List<ProtectionSheets.PlanActionSheet> read(Case c, Reader reader, Disclosure disclosure) {
    List<ProtectionSheets.PlanActionSheet> listed =
        actions.ofCase(c.id()).stream().map(ProtectionSheets::planAction).toList();
    return listed.isEmpty() ? null : listed;
  }
}
