package org.shouhu.directory.domain;

import java.util.List;
import java.util.Optional;

/** The staff directory as last synchronised. */
public interface StaffRepository {

  List<StaffMember> all();

  Optional<StaffMember> find(String username);

  void store(StaffMember member);
}
