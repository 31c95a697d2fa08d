package org.shouhu.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

  private static FieldCipher.DataKey key(String version) {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return FieldCipher.DataKey.parse(version + ":" + Base64.getEncoder().encodeToString(bytes));
  }

  @Test
  void roundTripsAnyTextAndNamesItsKey() {
    FieldCipher cipher = new FieldCipher(key("k1"), List.of());
    String stored = cipher.encrypt("𠀀小明·王", "person.full_name");
    assertThat(stored).startsWith("k1:").doesNotContain("小明");
    assertThat(cipher.decrypt(stored, "person.full_name")).isEqualTo("𠀀小明·王");
  }

  @Test
  void everyValueGetsItsOwnNonce() {
    FieldCipher cipher = new FieldCipher(key("k1"), List.of());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      seen.add(cipher.encrypt("同一个名字", "person.full_name"));
    }
    assertThat(seen).hasSize(200);
  }

  @Test
  void aValueMovedToAnotherColumnOrAlteredDoesNotDecrypt() {
    FieldCipher cipher = new FieldCipher(key("k1"), List.of());
    String stored = cipher.encrypt("13800000000", "person.phone");
    assertThatThrownBy(() -> cipher.decrypt(stored, "person.address"))
        .isInstanceOf(IllegalStateException.class);
    char[] chars = stored.toCharArray();
    chars[chars.length - 3] = chars[chars.length - 3] == 'A' ? 'B' : 'A';
    assertThatThrownBy(() -> cipher.decrypt(new String(chars), "person.phone"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void afterARotationOldValuesStillReadAndNewOnesUseTheNewKey() {
    FieldCipher.DataKey first = key("k1");
    FieldCipher before = new FieldCipher(first, List.of());
    String old = before.encrypt("王丽", "person.full_name");

    FieldCipher after = new FieldCipher(key("k2"), List.of(first));
    assertThat(after.decrypt(old, "person.full_name")).isEqualTo("王丽");
    String renewed = after.encrypt(after.decrypt(old, "person.full_name"), "person.full_name");
    assertThat(FieldCipher.versionOf(renewed)).isEqualTo("k2");

    FieldCipher withoutOldKey = new FieldCipher(key("k2"), List.of());
    assertThatThrownBy(() -> withoutOldKey.decrypt(old, "person.full_name"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void malformedKeysAreRefused() {
    assertThatThrownBy(() -> FieldCipher.DataKey.parse("no-colon"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                FieldCipher.DataKey.parse("k1:" + Base64.getEncoder().encodeToString(new byte[16])))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
