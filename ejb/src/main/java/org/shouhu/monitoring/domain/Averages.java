package org.shouhu.monitoring.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The two averages the plan's money indicators publish: a mean amount and a yearly rise. */
public final class Averages {

  private Averages() {}

  /** Yuan a month, to the fen: {@code fen} paid over {@code months} paid. */
  public static BigDecimal mean(long fen, long months) {
    return BigDecimal.valueOf(fen)
        .divide(BigDecimal.valueOf(months).movePointRight(2), 2, RoundingMode.HALF_UP);
  }

  /**
   * The rise from {@code before} to {@code now} over {@code years} years, a year on average, in %
   * to one decimal: the compound rate (now / before)^(1 / years) − 1 (over one year, exact); null
   * when there is nothing to compare.
   */
  public static BigDecimal rise(long now, long before, int years) {
    if (now <= 0 || before <= 0 || years < 1) {
      return null;
    }
    BigDecimal ratio =
        BigDecimal.valueOf(now).divide(BigDecimal.valueOf(before), MathContext.DECIMAL64);
    if (years > 1) {
      ratio = BigDecimal.valueOf(Math.pow(ratio.doubleValue(), 1.0 / years));
    }
    return ratio.subtract(BigDecimal.ONE).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
  }
}
