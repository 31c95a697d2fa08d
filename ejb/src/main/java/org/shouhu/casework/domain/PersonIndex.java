package org.shouhu.casework.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The keyed hashes a person is found by — never her plaintext: one of her ID number, one of her
 * name, one of her name with her birth date. Values are normalised first (Unicode NFKC, so that
 * full-width digits equal ASCII ones; trimmed; ID numbers without spaces and uppercased, so that
 * {@code x} equals {@code X}); {@link Hasher} supplies the keyed function.
 */
public record PersonIndex(String idHash, String nameHash, String nameBirthHash) {

  /** The keyed hash function (HMAC with the index key). */
  public interface Hasher {
    String hash(String normalised);
  }

  public static PersonIndex of(String name, LocalDate birthDate, String idNumber, Hasher hasher) {
    return new PersonIndex(
        idNumber == null ? null : hasher.hash(idKey(idNumber)),
        name == null ? null : hasher.hash(nameKey(name)),
        name == null || birthDate == null ? null : hasher.hash(nameBirthKey(name, birthDate)));
  }

  static String idKey(String idNumber) {
    return "id|" + nfkc(idNumber).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  static String nameKey(String name) {
    return "name|" + nfkc(name).strip().replaceAll("\\s+", " ");
  }

  static String nameBirthKey(String name, LocalDate birthDate) {
    return "name-birth|" + nfkc(name).strip().replaceAll("\\s+", " ") + "|" + birthDate;
  }

  /** Hashes of a search text taken as an ID number and as a name (for {@code q}). */
  public static String[] forSearch(String text, Hasher hasher) {
    return new String[] {hasher.hash(idKey(text)), hasher.hash(nameKey(text))};
  }

  private static String nfkc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }
}
