package org.shouhu.shared.domain;

import java.util.Optional;

/** Stored user preferences, one record per username. */
public interface UserPreferenceRepository {

  Optional<UserPreference> find(String username);

  void store(UserPreference preference);
}
