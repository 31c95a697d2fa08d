package org.shouhu.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.shouhu.shared.domain.UserPreference;
import org.shouhu.shared.domain.UserPreferenceRepository;

@ApplicationScoped
public class JpaUserPreferenceRepository implements UserPreferenceRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<UserPreference> find(String username) {
    return Optional.ofNullable(em.find(UserPreference.class, username));
  }

  @Override
  public void store(UserPreference preference) {
    if (!em.contains(preference)) {
      em.persist(preference);
    }
  }
}
