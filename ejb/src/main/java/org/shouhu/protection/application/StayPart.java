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
import org.shouhu.protection.domain.ShelterRepository;

/**
 * {@code shelterStays}: where a case's victim is sheltered, latest first; the shelter's address
 * only where {@link WhoSeesWhat} shows placement addresses (the case's handlers).
 */
@ApplicationScoped
public class StayPart implements CasePartSource {

  @Inject ShelterRepository shelters;

  @Override
  public String name() {
    return "shelterStays";
  }

  @Override
  public CasePart part() {
    return CasePart.PLACEMENTS;
  }

  @Override
  public List<ProtectionSheets.StaySheet> read(Case c, Reader reader, Disclosure disclosure) {
    boolean withAddress = WhoSeesWhat.sees(reader, CasePart.PLACEMENT_ADDRESS);
    List<ProtectionSheets.StaySheet> listed =
        shelters.staysOf(c.id()).stream()
            .map(
                s ->
                    ProtectionSheets.stay(
                        s, shelters.find(s.shelterId()).orElseThrow(), withAddress))
            .toList();
    return listed.isEmpty() ? null : listed;
  }
}
