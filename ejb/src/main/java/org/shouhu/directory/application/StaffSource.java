package org.shouhu.directory.application;

import java.util.List;
import java.util.Set;
import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.Role;

/** Where staff come from: the identity provider. */
public interface StaffSource {

  /** A user as the identity provider lists her; {@code jurisdiction} null when unset or bad. */
  record Person(
      String username,
      String displayName,
      String email,
      Set<Role> roles,
      JurisdictionCode jurisdiction,
      boolean enabled) {}

  /** Everyone in the realm with at least one Shouhu role. */
  List<Person> fetch();
}
