package org.shouhu.shared.domain;

/**
 * How personal numbers and addresses are shown unless deliberately revealed (DOMAIN.md §4): {@code
 * 2102**********123X} (an ID number's first and last four characters), {@code 138****5678} (a
 * phone's first three and last four), {@code 西岗区长江路****} (an address's beginning, at most six
 * characters and never more than half of it, then four stars whatever its length).
 */
public final class Masking {

  private Masking() {}

  public static String idNumber(String value) {
    return mask(value, 4, 4);
  }

  public static String phone(String value) {
    return mask(value, 3, 4);
  }

  public static String address(String value) {
    if (value == null) {
      return null;
    }
    int length = value.codePointCount(0, value.length());
    int kept = Math.min(6, length / 2);
    return value.substring(0, value.offsetByCodePoints(0, kept)) + "****";
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
