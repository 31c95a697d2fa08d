package org.shouhu.casework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.shouhu.casework.domain.PersonIndex;
import org.shouhu.shared.infrastructure.Keys;

/** The person index's hash: HMAC-SHA-256 with the index key from configuration. */
@ApplicationScoped
public class HmacPersonHasher implements PersonIndex.Hasher {

  @Override
  public String hash(String normalised) {
    return Keys.index().of(normalised);
  }
}
