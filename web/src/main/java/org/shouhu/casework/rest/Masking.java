package org.shouhu.casework.rest;

/**
 * How ID and phone numbers are shown unless deliberately revealed: {@code 2102**********123X} (the
 * first and last four characters), {@code 138****5678} (the first three and the last four).
 */
public final class Masking {

  private Masking() {}

  public static String idNumber(String value) {
    return mask(value, 4, 4);
  }

  public static String phone(String value) {
    return mask(value, 3, 4);
  }

  private static String mask(String value, int head, int tail) {
    if (value == null) {
      return null;
    }
    int length = value.codePointCount(0, value.length());
    if (length <= head + tail) {
      return "*".repeat(Math.max(0, length - 2))
          + value.substring(value.offsetByCodePoints(0, Math.max(0, length - 2)));
    }
    int start = value.offsetByCodePoints(0, head);
    int end = value.offsetByCodePoints(0, length - tail);
    return value.substring(0, start) + "*".repeat(length - head - tail) + value.substring(end);
  }
}
