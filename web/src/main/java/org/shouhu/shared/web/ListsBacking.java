package org.shouhu.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shouhu.shared.application.CodeLists;

/**
 * The configured lists on pages ({@code #{lists.label('channel', c)}}): labels in the user's
 * language, codes in the configured order.
 */
@Named("lists")
@RequestScoped
public class ListsBacking {

  @Inject CodeLists lists;
  @Inject UserSession session;

  /** The label of {@code code} (an enum value or its name) in list {@code list}. */
  public String label(String list, Object code) {
    if (code == null) {
      return "—";
    }
    String name = code instanceof Enum<?> e ? e.name() : code.toString();
    return lists.label(list, name, session.getLocale());
  }

  /** {@code values} (enum values of the list) in the list's configured order. */
  public <E extends Enum<E>> List<E> ordered(String list, List<E> values) {
    List<String> order = lists.codes(list);
    return values.stream()
        .sorted(java.util.Comparator.comparingInt(v -> order.indexOf(v.name())))
        .toList();
  }
}
