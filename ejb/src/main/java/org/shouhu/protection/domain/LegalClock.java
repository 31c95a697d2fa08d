package org.shouhu.protection.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.shouhu.shared.domain.Beijing;

/**
 * [law] The clocks of the Anti-Domestic Violence Law, in Asia/Shanghai: the court rules within 72
 * hours of accepting an application, 24 when urgent (art. 28) — calendar hours, exact; an order is
 * valid at most 6 months (art. 30) — the same day-of-month six calendar months after the ruling's
 * day, or the last day of that month when it has none (31 August → 28 February); a party may ask
 * for reconsideration within 5 days of the ruling (art. 31) — the ruling's day not counted, ending
 * at 24:00 of the fifth (Civil Code art. 201); and (policy) the expiry warning 14 days before the
 * last day of validity.
 */
public final class LegalClock {

  static final Duration RULING = Duration.ofHours(72);
  static final Duration URGENT_RULING = Duration.ofHours(24);
  static final int MAX_MONTHS = 6;
  static final int RECONSIDERATION_DAYS = 5;
  static final int EXPIRY_WARNING_DAYS = 14;

  private LegalClock() {}

  /** When the court must rule, counted from the acceptance. */
  public static Instant rulingDue(Instant acceptedAt, boolean urgent) {
    return acceptedAt.plus(urgent ? URGENT_RULING : RULING);
  }

  /** The last day an order ruled at {@code ruledAt} may be valid. */
  public static LocalDate latestValidUntil(Instant ruledAt) {
    return Beijing.dateOf(ruledAt).plusMonths(MAX_MONTHS);
  }

  /** When asking for reconsideration of a ruling made at {@code ruledAt} ends. */
  public static Instant reconsiderationEnds(Instant ruledAt) {
    return Beijing.endOf(Beijing.dateOf(ruledAt).plusDays(RECONSIDERATION_DAYS));
  }

  /** When an order valid until the end of {@code validUntil} is due for attention. */
  public static Instant expiryWarning(LocalDate validUntil) {
    return Beijing.endOf(validUntil.minusDays(EXPIRY_WARNING_DAYS));
  }
}
