package org.shouhu.monitoring.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a new version of a release changes against the one before: every published value (a total, a
 * cell) whose text differs, or that appears or disappears — in the published texts ("<5", "x",
 * numbers), so that the list itself reveals nothing the releases do not.
 */
public final class ReleaseDifferences {

  /** One changed value: where (the street's answer, "" for the district), which, from, to. */
  public record Difference(String street, String indicator, String cell, String from, String to) {}

  private ReleaseDifferences() {}

  /**
   * The differences between two releases given as "answer → indicator → cell → text" (the cell ""
   * is the total); a value absent on one side shows as null there.
   */
  public static List<Difference> between(
      Map<String, Map<String, Map<String, String>>> before,
      Map<String, Map<String, Map<String, String>>> after) {
    List<Difference> found = new ArrayList<>();
    Map<String, Map<String, Map<String, String>>> all = new LinkedHashMap<>(after);
    before.forEach(all::putIfAbsent);
    for (String street : all.keySet()) {
      Map<String, Map<String, String>> b = before.getOrDefault(street, Map.of());
      Map<String, Map<String, String>> a = after.getOrDefault(street, Map.of());
      Map<String, Map<String, String>> indicators = new LinkedHashMap<>(a);
      b.forEach(indicators::putIfAbsent);
      for (String indicator : indicators.keySet()) {
        Map<String, String> bi = b.getOrDefault(indicator, Map.of());
        Map<String, String> ai = a.getOrDefault(indicator, Map.of());
        Map<String, String> cells = new LinkedHashMap<>(ai);
        bi.forEach(cells::putIfAbsent);
        for (String cell : cells.keySet()) {
          String from = bi.get(cell);
          String to = ai.get(cell);
          if (!Objects.equals(from, to)) {
            found.add(new Difference(street, indicator, cell, from, to));
          }
        }
      }
    }
    return found;
  }
}
