package org.shouhu.protection.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.InvalidInputException.FieldError;

/**
 * An assessment instrument (评估工具), configured in {@code config/assessment/}: yes/no items in
 * groups, each with a weight, and the rules that turn the groups' scores into a level — the first
 * rule whose group scored at least its minimum gives the level. Child protection's {@code
 * CP_SAFETY_RISK} (DOMAIN.md §2.1, [policy default]): any safety threat → VERY_HIGH; else 3 or more
 * risk factors → HIGH; 1–2 → MODERATE; none → LOW.
 */
public record Instrument(String code, CaseKind kind, List<Item> items, List<LevelRule> rules) {

  /** A yes/no question, in Chinese and English; every item must be answered. */
  public record Item(String code, String group, int weight, String textZh, String textEn) {

    public String text(Locale locale) {
      return locale.getLanguage().equals("en") ? textEn : textZh;
    }
  }

  /** The level, when the group's score (the weights of its items answered yes) reaches minimum. */
  public record LevelRule(RiskLevel level, String group, int minimum) {}

  /** The level, the scores per group, and the rule that gave the level. */
  public record Result(RiskLevel level, Map<String, Integer> scores, LevelRule rule) {}

  public Instrument {
    items = List.copyOf(items);
    rules = List.copyOf(rules);
    if (rules.isEmpty() || rules.get(rules.size() - 1).minimum() != 0) {
      throw new IllegalArgumentException(code + ": the last rule must have minimum 0");
    }
  }

  /** The groups, in the order their items come. */
  public List<String> groups() {
    return items.stream().map(Item::group).distinct().toList();
  }

  /**
   * Scores the answers: each item answered {@code true} or {@code false}; an unknown item, an
   * answer that is not a boolean, or an item left out is refused on {@code answers.<item>}, all at
   * once.
   */
  public Result assess(Map<String, ?> answers) {
    Map<String, ?> given = answers == null ? Map.of() : answers;
    Set<String> known = items.stream().map(Item::code).collect(Collectors.toSet());
    List<FieldError> errors =
        new java.util.ArrayList<>(
            given.keySet().stream()
                .filter(code -> !known.contains(code))
                .sorted()
                .map(code -> new FieldError("answers." + code, "assessment.unknownItem"))
                .toList());
    for (Item item : items) {
      Object answer = given.get(item.code());
      if (answer == null) {
        errors.add(new FieldError("answers." + item.code(), "validation.required"));
      } else if (!(answer instanceof Boolean)) {
        errors.add(new FieldError("answers." + item.code(), "assessment.yesOrNo"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors, false);
    }
    Map<String, Integer> scores = new LinkedHashMap<>();
    groups().forEach(g -> scores.put(g, 0));
    for (Item item : items) {
      if (Boolean.TRUE.equals(given.get(item.code()))) {
        scores.merge(item.group(), item.weight(), Integer::sum);
      }
    }
    for (LevelRule rule : rules) {
      if (scores.getOrDefault(rule.group(), 0) >= rule.minimum()) {
        return new Result(rule.level(), scores, rule);
      }
    }
    throw new IllegalStateException("unreachable: the last rule has minimum 0");
  }
}
