package org.shouhu.protection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.shouhu.casework.application.CasePartSource;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CasePart;
import org.shouhu.casework.domain.Disclosure;
import org.shouhu.casework.domain.Reader;
import org.shouhu.casework.domain.WhoSeesWhat;
import org.shouhu.protection.domain.PlacementRepository;

/**
 * {@code placements} of a case, latest first; each {@code place} only where {@link WhoSeesWhat}
 * shows the placement address (the case's handlers).
 */
@ApplicationScoped
public class PlacementPart implements CasePartSource {

  @Inject PlacementRepository placements;

  @Override
  public String name() {
    return "placements";
  }

  @Override
  public CasePart part() {
    return CasePart.PLACEMENTS;
  }

  @Override
  public List<ProtectionSheets.PlacementSheet> read(Case c, Reader reader, Disclosure disclosure) {
    boolean withPlace = WhoSeesWhat.sees(reader, CasePart.PLACEMENT_ADDRESS);
    List<ProtectionSheets.PlacementSheet> listed =
        placements.ofCase(c.id()).stream()
            .map(p -> ProtectionSheets.placement(p, withPlace))
            .toList();
    return listed.isEmpty() ? null : listed;
  }
}
