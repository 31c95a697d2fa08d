package org.shouhu.monitoring.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small-cell protection of a {@link Release} (DOMAIN.md §3): a count from 1 to {@code threshold −
 * 1} is shown as {@code "<5"} (primary suppression); then, wherever a sum of the release would have
 * exactly one hidden term — so that it could be worked out as the total minus the rest, or the sum
 * of the parts — the smallest other non-zero term is hidden too ({@code "x"}, complementary
 * suppression), preferring a part to a total, until no sum of the whole release has a single hidden
 * term. Zero is published as 0.
 *
 * <p>What this checks: every sum on its own, across all tables of the release (shared totals are
 * one number). What it does not: solving several sums together as a system of equations (a full
 * linear-programming audit), or bounds a reader might derive from them.
 */
public final class SmallCellProtection {

  /** How a count is shown. */
  public enum Shown {
    PUBLISHED,
    SMALL,
    COMPLEMENTARY
  }

  public static final int DEFAULT_THRESHOLD = 5;

  private final int threshold;

  public SmallCellProtection(int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold from 1");
    }
    this.threshold = threshold;
  }

  /** What to show of each count of the release. */
  public Map<String, Shown> protect(Release release) {
    Map<String, Long> counts = release.counts();
    Map<String, Shown> shown = new HashMap<>();
    Set<String> hidden = new HashSet<>();
    counts.forEach(
        (key, value) -> {
          boolean small = value >= 1 && value < threshold;
          shown.put(key, small ? Shown.SMALL : Shown.PUBLISHED);
          if (small) {
            hidden.add(key);
          }
        });
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Release.Sum sum : release.sums()) {
        List<String> terms = new ArrayList<>(sum.parts());
        terms.add(sum.total());
        long hiddenTerms = terms.stream().filter(hidden::contains).count();
        if (hiddenTerms != 1) {
          continue;
        }
        String next =
            terms.stream()
                .filter(t -> !hidden.contains(t) && counts.get(t) > 0)
                .min(
                    Comparator.comparing((String t) -> t.equals(sum.total()))
                        .thenComparing(counts::get)
                        .thenComparing(t -> t))
                .orElse(null);
        if (next == null) { // only zeros left published: nothing more can hide it
          continue;
        }
        hidden.add(next);
        shown.put(next, Shown.COMPLEMENTARY);
        changed = true;
      }
    }
    return shown;
  }

  /** The text of a count as published: the number, {@code "<5"}, or {@code "x"}. */
  public String text(long value, Shown how) {
    return switch (how) {
      case PUBLISHED -> Long.toString(value);
      case SMALL -> "<" + threshold;
      case COMPLEMENTARY -> "x";
    };
  }
}
