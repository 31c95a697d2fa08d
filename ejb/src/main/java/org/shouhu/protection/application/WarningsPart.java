package org.shouhu.protection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.shouhu.casework.application.CasePartSource;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CasePart;
import org.shouhu.casework.domain.Disclosure;
import org.shouhu.casework.domain.Reader;
import org.shouhu.protection.domain.PoliceWarningRepository;

/** {@code warnings}: a domestic-violence case's police written warnings, latest first. */
@ApplicationScoped
public class WarningsPart implements CasePartSource {

  @Inject PoliceWarningRepository warnings;

  @Override
  public String name() {
    return "warnings";
  }

  @Override
  public CasePart part() {
    return CasePart.PROTECTION_ORDERS;
  }

  @Override
  public List<OrderSheets.WarningSheet> read(Case c, Reader reader, Disclosure disclosure) {
    List<OrderSheets.WarningSheet> listed =
        warnings.ofCase(c.id()).stream().map(OrderSheets::warning).toList();
    return listed.isEmpty() ? null : listed;
  }
}
