package org.shouhu.directory.domain;

import java.util.List;
import java.util.Optional;
import org.shouhu.shared.domain.JurisdictionCode;

/** The staff directory as last synchronised. */
public interface StaffRepository {

  List<StaffMember> all();

  Optional<StaffMember> find(String username);

  /** Everyone whose node is exactly {@code jurisdiction}. */
  List<StaffMember> at(JurisdictionCode jurisdiction);

  void store(StaffMember member);
}
