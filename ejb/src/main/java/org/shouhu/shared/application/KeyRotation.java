package org.shouhu.shared.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Re-encrypts every encrypted value that is not under the current data key (after a new {@code
 * SHOUHU_DATA_KEY} was configured and the old one moved to {@code SHOUHU_DATA_KEYS_RETIRED});
 * afterwards the retired keys can be removed. For administrators (the caller checks the role).
 */
public interface KeyRotation {

  /** What a rotation did: the key now in use and how many values it re-encrypted. */
  @Schema(name = "KeyRotationResult")
  record Result(String keyVersion, int reencrypted) {}

  Result rotate();
}
