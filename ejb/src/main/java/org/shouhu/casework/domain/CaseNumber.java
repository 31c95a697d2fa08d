package org.shouhu.casework.domain;

import java.time.Instant;
import org.shouhu.shared.domain.Beijing;

/**
 * A case number, {@code XG-<year>-<6 digits>}: the year is that of the moment the report came in
 * (in Asia/Shanghai), the digits a gap-free sequence per year.
 */
public record CaseNumber(String value) {

  static final String PREFIX = "XG";

  public static CaseNumber of(int year, long sequence) {
    if (sequence < 1 || sequence > 999_999) {
      throw new IllegalArgumentException("sequence out of range: " + sequence);
    }
    return new CaseNumber(PREFIX + "-" + padded(year, 4) + "-" + padded(sequence, 6));
  }

  private static String padded(long value, int digits) { // not String.format: it showed in B1
    String text = Long.toString(value);
    return "0".repeat(Math.max(0, digits - text.length())) + text;
  }

  /** The year whose sequence a case received at {@code receivedAt} takes its number from. */
  public static int yearOf(Instant receivedAt) {
    return receivedAt.atZone(Beijing.ZONE).getYear();
  }

  @Override
  public String toString() {
    return value;
  }
}
