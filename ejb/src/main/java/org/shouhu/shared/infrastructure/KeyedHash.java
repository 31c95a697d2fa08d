package org.shouhu.shared.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA-256 with the index key (separate from the data keys): finds a person by ID number or
 * name without the database ever holding either in plaintext, and without a dictionary of hashes
 * being computable by whoever has the database alone.
 */
public final class KeyedHash {

  private final SecretKeySpec key;

  public KeyedHash(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("the index key needs at least 32 bytes");
    }
    this.key = new SecretKeySpec(key, "HmacSHA256");
  }

  /** Parses the base64 form of the key. */
  public static KeyedHash parse(String base64) {
    return new KeyedHash(Base64.getDecoder().decode(base64.strip()));
  }

  public String of(String normalised) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("keyed hash failed", e);
    }
  }
}
