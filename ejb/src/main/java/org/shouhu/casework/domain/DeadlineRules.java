package org.shouhu.casework.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The deadline rules in force ([policy default] values of DOMAIN.md, kept in configuration). The
 * file has one rule per line — {@code kind name starts-at due urgent-due met-by}, columns separated
 * by tabs or spaces, {@code -} for "no urgent variant", {@code #} starts a comment:
 *
 * <pre>
 * CHILD_PROTECTION  FIRST_CONTACT  RECEIVED  24h  2h  VISITED
 * </pre>
 */
public final class DeadlineRules {

  private final List<DeadlineRule> rules;

  public DeadlineRules(List<DeadlineRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Reads the rules file; a bad line is an error naming its number and what was expected. */
  public static DeadlineRules parse(List<String> lines) {
    List<DeadlineRule> rules = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replaceFirst("#.*", "").strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] c = line.split("\\s+");
      try {
        if (c.length != 6) {
          throw new IllegalArgumentException("6 columns expected, found " + c.length);
        }
        rules.add(
            new DeadlineRule(
                CaseKind.valueOf(c[0]),
                c[1],
                Milestone.valueOf(c[2]),
                Period.parse(c[3]),
                c[4].equals("-") ? null : Period.parse(c[4]),
                Milestone.valueOf(c[5])));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "deadline rules, line "
                + (i + 1)
                + " ("
                + e.getMessage()
                + "): expected 'KIND NAME STARTS_AT DUE URGENT_DUE|- MET_BY', got: "
                + line);
      }
    }
    return new DeadlineRules(rules);
  }

  /** The rules that {@code milestone} starts for a case of {@code kind}. */
  public List<DeadlineRule> startedBy(CaseKind kind, Milestone milestone) {
    return rules.stream().filter(r -> r.kind() == kind && r.startsAt() == milestone).toList();
  }

  public List<DeadlineRule> all() {
    return rules;
  }
}
