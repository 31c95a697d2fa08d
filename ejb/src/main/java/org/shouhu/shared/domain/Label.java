package org.shouhu.shared.domain;

import java.util.Collection;
import java.util.List;

/**
 * A code as users read it — the text of {@code key} in their language (e.g. {@code status.INTAKE} →
 * 接报) — for the arguments of messages, so that no raw code reaches a user. A list of labels reads
 * as one, joined.
 */
public record Label(String key) {

  /** The label of a status, a kind, … : {@code prefix.NAME}. */
  public static Label of(String prefix, Enum<?> code) {
    return new Label(prefix + "." + code.name());
  }

  /** The labels of several codes, as one argument. */
  public static List<Label> all(String prefix, Collection<? extends Enum<?>> codes) {
    return codes.stream()
        .map(c -> of(prefix, c))
        .sorted(java.util.Comparator.comparing(Label::key))
        .toList();
  }
}
