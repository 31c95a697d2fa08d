package org.shouhu.casework.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A Chinese resident identity number (居民身份证号码, GB 11643-1999): 18 characters — a 6-digit area code,
 * the birth date as YYYYMMDD, a 3-digit sequence, and a check character (0–9 or X, ISO 7064 MOD
 * 11-2). A lowercase {@code x} is accepted and stored as {@code X}.
 */
public record ResidentId(String value) {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = "10X98765432".toCharArray();

  /** Why a text is not a resident ID number; each has a message in the bundle. */
  public enum Problem {
    LENGTH,
    CHARACTERS,
    BIRTH_DATE,
    CHECK_DIGIT
  }

  /** Empty when {@code text} is a valid number, else the first problem found. */
  public static Optional<Problem> problem(String text) {
    if (text == null || text.length() != 18) {
      return Optional.of(Problem.LENGTH);
    }
    String upper = text.toUpperCase(Locale.ROOT);
    for (int i = 0; i < 17; i++) {
      if (upper.charAt(i) < '0' || upper.charAt(i) > '9') {
        return Optional.of(Problem.CHARACTERS);
      }
    }
    char last = upper.charAt(17);
    if ((last < '0' || last > '9') && last != 'X') {
      return Optional.of(Problem.CHARACTERS);
    }
    if (birthDateOf(upper).isEmpty()) {
      return Optional.of(Problem.BIRTH_DATE);
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (upper.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11] == last ? Optional.empty() : Optional.of(Problem.CHECK_DIGIT);
  }

  /** Parses a valid number (uppercasing {@code x}); throws for an invalid one. */
  public static ResidentId parse(String text) {
    problem(text)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException("not a resident ID number: " + p);
            });
    return new ResidentId(text.toUpperCase(Locale.ROOT));
  }

  /** The birth date written in the number. */
  public LocalDate birthDate() {
    return birthDateOf(value).orElseThrow();
  }

  private static Optional<LocalDate> birthDateOf(String number) {
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(number.substring(6, 10)),
              Integer.parseInt(number.substring(10, 12)),
              Integer.parseInt(number.substring(12, 14)));
      return date.getYear() < 1900 ? Optional.empty() : Optional.of(date);
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
