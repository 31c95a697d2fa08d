package org.shouhu.hotline.domain;

import java.time.Instant;
import org.shouhu.shared.domain.Beijing;

/**
 * A call number, {@code RX-<year>-<6 digits>}: the year is that of the call's start
 * (Asia/Shanghai), the digits a gap-free sequence per year, like case numbers.
 */
public record CallNumber(String value) {

  public static CallNumber of(int year, long sequence) {
    if (sequence < 1 || sequence > 999_999) {
      throw new IllegalArgumentException("sequence out of range: " + sequence);
    }
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    String digits = Long.toString(sequence);
    return new CallNumber("RX-" + year + "-" + "0".repeat(6 - digits.length()) + digits);
  }

  /** The year whose sequence a call started at {@code startedAt} takes its number from. */
  public static int yearOf(Instant startedAt) {
    return startedAt.atZone(Beijing.ZONE).getYear();
  }

  @Override
  public String toString() {
    return value;
  }
}
