package org.shouhu.monitoring.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything published for one year, as counts and the sums that tie them together: a table's total
 * is the sum of its cells, a district's total the sum of its streets'. A reader who has the whole
 * release can combine any of these sums; {@link SmallCellProtection} decides what is shown so that
 * no hidden count can be worked out from one of them.
 */
public final class Release {

  /** One sum: {@code total} = Σ {@code parts}. */
  public record Sum(String total, List<String> parts) {}

  private final Map<String, Long> counts = new LinkedHashMap<>();
  private final List<Sum> sums = new ArrayList<>();

  /** A count published under {@code key} (the same key in two tables is one published number). */
  public Release count(String key, long value) {
    if (value < 0) {
      throw new IllegalArgumentException("a count is never negative: " + key);
    }
    Long earlier = counts.putIfAbsent(key, value);
    if (earlier != null && earlier != value) {
      throw new IllegalArgumentException("two values for " + key + ": " + earlier + ", " + value);
    }
    return this;
  }

  /** {@code total} is the sum of {@code parts}, all counted in this release. */
  public Release sum(String total, List<String> parts) {
    for (String key : parts) {
      if (!counts.containsKey(key)) {
        throw new IllegalArgumentException("not counted: " + key);
      }
    }
    if (!counts.containsKey(total)) {
      throw new IllegalArgumentException("not counted: " + total);
    }
    sums.add(new Sum(total, List.copyOf(parts)));
    return this;
  }

  public Map<String, Long> counts() {
    return counts;
  }

  public List<Sum> sums() {
    return sums;
  }
}
