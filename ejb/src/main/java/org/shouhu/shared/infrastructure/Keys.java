package org.shouhu.shared.infrastructure;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The keys of the server, from configuration (never from the database): {@code SHOUHU_DATA_KEY}
 * (the current data key, {@code <version>:<base64>}), {@code SHOUHU_DATA_KEYS_RETIRED} (older data
 * keys, comma-separated, kept until a rotation re-encrypted everything) and {@code
 * SHOUHU_INDEX_KEY} (base64, for keyed hashes) and {@code SHOUHU_AUDIT_KEY} (base64, for the access
 * log's chain). Read through MicroProfile Config because JPA converters are not reliably injected;
 * built once.
 */
public final class Keys {

  private static volatile FieldCipher cipher;
  private static volatile KeyedHash index;
  private static volatile KeyedHash audit;

  private Keys() {}

  public static FieldCipher cipher() {
    if (cipher == null) {
      Config config = ConfigProvider.getConfig();
      FieldCipher.DataKey current =
          FieldCipher.DataKey.parse(
              config
                  .getOptionalValue("shouhu.data-key", String.class)
                  .orElseThrow(() -> missing("SHOUHU_DATA_KEY")));
      List<FieldCipher.DataKey> retired =
          config
              .getOptionalValue("shouhu.data-keys.retired", String.class)
              .map(
                  list ->
                      Arrays.stream(list.split(","))
                          .filter(s -> !s.isBlank())
                          .map(FieldCipher.DataKey::parse)
                          .toList())
              .orElse(List.of());
      cipher = new FieldCipher(current, retired);
    }
    return cipher;
  }

  public static KeyedHash index() {
    if (index == null) {
      index =
          KeyedHash.parse(
              ConfigProvider.getConfig()
                  .getOptionalValue("shouhu.index-key", String.class)
                  .orElseThrow(() -> missing("SHOUHU_INDEX_KEY")));
    }
    return index;
  }

  /** The key of the access log's MACs ({@code SHOUHU_AUDIT_KEY}, base64). */
  public static KeyedHash audit() {
    if (audit == null) {
      audit =
          KeyedHash.parse(
              ConfigProvider.getConfig()
                  .getOptionalValue("shouhu.audit-key", String.class)
                  .orElseThrow(() -> missing("SHOUHU_AUDIT_KEY")));
    }
    return audit;
  }

  private static IllegalStateException missing(String variable) {
    return new IllegalStateException(
        variable + " is not set: Shouhu encrypts personal data and will not run without its keys");
  }
}
