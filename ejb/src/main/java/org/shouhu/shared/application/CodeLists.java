package org.shouhu.shared.application;

import java.util.List;
import java.util.Locale;
import org.shouhu.shared.domain.CodeList;

/**
 * The lists officials choose from, as configured ({@link CodeList}): loaded and checked at start
 * against what the contexts declare ({@link Declaration}); a list that does not fit stops the
 * start.
 */
public interface CodeLists {

  /** What a context declares: list names and the codes each must label. */
  interface Declaration {
    java.util.Map<String, List<String>> codeLists();
  }

  CodeList list(String name);

  /** The codes of list {@code name} in their configured order. */
  default List<String> codes(String name) {
    return list(name).codes();
  }

  /** The label of {@code code} in list {@code name}, in {@code language}. */
  default String label(String name, String code, Locale language) {
    return list(name).label(code, Messages.isEnglish(language));
  }
}
