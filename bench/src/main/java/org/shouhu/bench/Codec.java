package org.shouhu.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.shouhu.audit.domain.AuditChain;
import org.shouhu.casework.domain.PersonIndex;
import org.shouhu.shared.infrastructure.FieldCipher;
import org.shouhu.shared.infrastructure.KeyedHash;

/**
 * Shouhu's own storage format, from the same keys the server under test has ({@code
 * SHOUHU_DATA_KEY}, {@code SHOUHU_INDEX_KEY}, {@code SHOUHU_AUDIT_KEY}): personal fields through
 * {@link FieldCipher} (AES-GCM with the column as associated data), the person index through {@link
 * PersonIndex} and {@link KeyedHash}, access-log MACs through {@link AuditChain}.
 */
final class Codec {

  /**
   * Instants as {@code InstantConverter} binds them: UTC text with microseconds (that class itself
   * needs the Jakarta Persistence API, which this plain Java program has not).
   */
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

  final FieldCipher cipher;
  final KeyedHash index;
  final AuditChain chain;

  Codec(String dataKey, String indexKey, String auditKey) {
    this.cipher = new FieldCipher(FieldCipher.DataKey.parse(dataKey), List.of());
    this.index = KeyedHash.parse(indexKey);
    KeyedHash audit = KeyedHash.parse(auditKey);
    this.chain = new AuditChain(audit::of);
  }

  static Codec fromEnvironment() {
    return new Codec(
        Bench.env("SHOUHU_DATA_KEY"), Bench.env("SHOUHU_INDEX_KEY"), Bench.env("SHOUHU_AUDIT_KEY"));
  }

  String encrypt(String plaintext, String column) {
    return plaintext == null ? null : cipher.encrypt(plaintext, column);
  }

  PersonIndex personIndex(Generator.PersonRow p) {
    return PersonIndex.of(p.name(), p.birthDate(), p.idNumber(), index::of);
  }

  static String time(Instant instant) {
    return instant == null ? null : UTC.format(instant);
  }
}
