package org.shouhu.shared.infrastructure;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal fields with AES-256-GCM: a random 96-bit nonce per value, the column's name as
 * associated data (a value copied into another column does not decrypt), and the key's version in
 * front ({@code k2:<base64 nonce‖ciphertext‖tag>}), so that keys can be rotated: new values use the
 * current key, older ones are read with the key they name until re-encrypted.
 */
public final class FieldCipher {

  /** A data key and its version. */
  public record DataKey(String version, SecretKey key) {

    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9_-]{1,16}");

    /** Parses {@code <version>:<base64 of 32 bytes>}. */
    public static DataKey parse(String text) {
      int colon = text == null ? -1 : text.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("a data key is <version>:<base64 of 32 bytes>");
      }
      String version = text.substring(0, colon).strip();
      byte[] bytes = Base64.getDecoder().decode(text.substring(colon + 1).strip());
      if (!VERSION.matcher(version).matches() || bytes.length != 32) {
        throw new IllegalArgumentException(
            "a data key is <version>:<base64 of 32 bytes>, the version of letters and digits");
      }
      return new DataKey(version, new SecretKeySpec(bytes, "AES"));
    }
  }

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * One cipher object per thread, initialised afresh for every value: looking the algorithm up in
   * the providers costs more than sealing a short field.
   */
  private static final ThreadLocal<Cipher> GCM =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("AES-GCM is not available", e);
            }
          });

  private final DataKey current;
  private final Map<String, DataKey> keys = new LinkedHashMap<>();

  public FieldCipher(DataKey current, List<DataKey> retired) {
    this.current = current;
    keys.put(current.version(), current);
    retired.forEach(k -> keys.putIfAbsent(k.version(), k));
  }

  public String currentVersion() {
    return current.version();
  }

  public String encrypt(String plaintext, String column) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher cipher = GCM.get();
      cipher.init(Cipher.ENCRYPT_MODE, current.key(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      byte[] stored =
          ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return current.version() + ":" + Base64.getEncoder().encodeToString(stored);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("encryption failed", e);
    }
  }

  /**
   * @throws IllegalStateException when the value names an unknown key, belongs to another column,
   *     or was altered
   */
  public String decrypt(String stored, String column) {
    int colon = stored.indexOf(':');
    DataKey key = colon < 0 ? null : keys.get(stored.substring(0, colon));
    if (key == null) {
      throw new IllegalStateException("a value of column " + column + " names no known key");
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(stored.substring(colon + 1));
      Cipher cipher = GCM.get();
      cipher.init(
          Cipher.DECRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
      byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("a value of column " + column + " does not decrypt", e);
    }
  }

  /**
   * Seals a file's bytes: {@code <version length><version><nonce><ciphertext‖tag>}, with {@code
   * context} (the record it belongs to) as associated data, so that a file swapped for another does
   * not open.
   */
  public byte[] seal(byte[] plain, String context) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher cipher = GCM.get();
      cipher.init(Cipher.ENCRYPT_MODE, current.key(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain);
      byte[] version = current.version().getBytes(StandardCharsets.US_ASCII);
      return ByteBuffer.allocate(1 + version.length + nonce.length + sealed.length)
          .put((byte) version.length)
          .put(version)
          .put(nonce)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("encryption failed", e);
    }
  }

  /**
   * @throws IllegalStateException when the bytes name an unknown key, belong to another record, or
   *     were altered
   */
  public byte[] open(byte[] sealed, String context) {
    DataKey key = sealed.length == 0 ? null : keys.get(versionOfSealed(sealed));
    if (key == null) {
      throw new IllegalStateException("a file of " + context + " names no known key");
    }
    int start = 1 + sealed[0];
    try {
      Cipher cipher = GCM.get();
      cipher.init(
          Cipher.DECRYPT_MODE,
          key.key(),
          new GCMParameterSpec(TAG_BITS, sealed, start, NONCE_BYTES));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(sealed, start + NONCE_BYTES, sealed.length - start - NONCE_BYTES);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("a file of " + context + " does not decrypt", e);
    }
  }

  /** The key version sealed bytes were encrypted with. */
  public static String versionOfSealed(byte[] sealed) {
    int length = sealed[0];
    return length < 1 || length >= sealed.length
        ? ""
        : new String(sealed, 1, length, StandardCharsets.US_ASCII);
  }

  /** The key version a stored value was encrypted with. */
  public static String versionOf(String stored) {
    int colon = stored.indexOf(':');
    return colon < 0 ? "" : stored.substring(0, colon);
  }
}
