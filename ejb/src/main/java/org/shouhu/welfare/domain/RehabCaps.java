package org.shouhu.welfare.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The caps of rehabilitation grants (config/welfare/rehab-caps.tsv): per item, ONCE (the grant's
 * total) or MONTH (each claimed month), by the child's age band — taken on the approval day for a
 * ONCE cap, on the first day of the claimed month for a MONTH cap (a child turning 7 during a
 * training grant: the month she is 7 on its first day is capped as a 7-year-old's). Grants are for
 * children 0–16: a child is refused from her 17th birthday (Dalian 2019).
 */
public record RehabCaps(List<Cap> caps) {

  /** The oldest age, in whole years, at which a grant is approved. */
  public static final int OLDEST = 16;

  /** Whether a cap holds for the grant's total or for each month claimed. */
  public enum Per {
    ONCE,
    MONTH
  }

  /** One line: an item's cap for an age band (inclusive). */
  public record Cap(RehabItem item, Per per, int fromAge, int toAge, BigDecimal amount) {}

  /** The child's age in whole years on {@code day}. */
  public static int age(LocalDate birthDate, LocalDate day) {
    return Period.between(birthDate, day).getYears();
  }

  /** Whether a child born {@code birthDate} may be granted on {@code approvedOn}: aged 0–16. */
  public static boolean eligible(LocalDate birthDate, LocalDate approvedOn) {
    return !approvedOn.isBefore(birthDate) && age(birthDate, approvedOn) <= OLDEST;
  }

  /** How an item is capped (the same for all its bands). */
  public Per per(RehabItem item) {
    return caps.stream()
        .filter(c -> c.item() == item)
        .map(Cap::per)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no cap for " + item));
  }

  /** The cap for {@code item} for a child of {@code age}; empty when no band holds her age. */
  public Optional<BigDecimal> cap(RehabItem item, int age) {
    return caps.stream()
        .filter(c -> c.item() == item && age >= c.fromAge() && age <= c.toAge())
        .map(Cap::amount)
        .findFirst();
  }

  /** The cap a grant shows: a ONCE item's on the approval day; a MONTH item's then, too. */
  public BigDecimal capOnApproval(RehabItem item, LocalDate birthDate, LocalDate approvedOn) {
    return cap(item, age(birthDate, approvedOn)).orElse(BigDecimal.ZERO.setScale(2));
  }

  /**
   * What may still be paid for a claim of {@code month}: the month's cap (the child's age on its
   * first day) less what the month's claims took, for a MONTH item; the grant's cap less all its
   * claims, for a ONCE item. Never below 0.00.
   */
  public BigDecimal room(
      RehabItem item,
      BigDecimal grantCap,
      LocalDate birthDate,
      YearMonth month,
      BigDecimal claimedThatMonth,
      BigDecimal claimedInAll) {
    BigDecimal cap =
        per(item) == Per.MONTH
            ? cap(item, age(birthDate, month.atDay(1))).orElse(BigDecimal.ZERO)
            : grantCap;
    BigDecimal taken = per(item) == Per.MONTH ? claimedThatMonth : claimedInAll;
    BigDecimal left = cap.subtract(taken);
    return left.signum() < 0 ? BigDecimal.ZERO.setScale(2) : left.setScale(2);
  }

  /**
   * Why a claim of {@code amount} cannot be paid, as a message key: more than the family paid out
   * of pocket (the grant pays what insurance left), or more than the {@code room} its cap leaves;
   * empty when it can.
   */
  public static Optional<String> refusal(
      BigDecimal amount, BigDecimal outOfPocket, BigDecimal room) {
    if (amount.compareTo(outOfPocket) > 0) {
      return Optional.of("rehab.overOutOfPocket");
    }
    if (amount.compareTo(room) > 0) {
      return Optional.of("rehab.overCap");
    }
    return Optional.empty();
  }

  /** Reads the file; a bad line is an error naming its number. */
  public static RehabCaps parse(List<String> lines) {
    List<Cap> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      try {
        if (c.length != 4) {
          throw new IllegalArgumentException("4 tab-separated columns expected, found " + c.length);
        }
        String[] ages = c[2].strip().split("-");
        BigDecimal amount = new BigDecimal(c[3].strip());
        if (amount.scale() > 2 || amount.signum() <= 0) {
          throw new IllegalArgumentException("a cap is yuan above 0 to two places: " + c[3]);
        }
        found.add(
            new Cap(
                RehabItem.valueOf(c[0].strip()),
                Per.valueOf(c[1].strip()),
                Integer.parseInt(ages[0]),
                Integer.parseInt(ages[1]),
                amount.setScale(2)));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "rehabilitation caps, line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    for (RehabItem item : RehabItem.values()) {
      if (found.stream().noneMatch(c -> c.item() == item)) {
        throw new IllegalArgumentException("rehabilitation caps: no cap for " + item);
      }
      if (found.stream().filter(c -> c.item() == item).map(Cap::per).distinct().count() > 1) {
        throw new IllegalArgumentException("rehabilitation caps: " + item + " is ONCE and MONTH");
      }
    }
    return new RehabCaps(List.copyOf(found));
  }
}
