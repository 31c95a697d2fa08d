package org.shouhu.shared.domain;

/**
 * A person's name for display: Chinese names family name first and unspaced (王丽), others given name
 * first ("Li Wang").
 */
public final class PersonName {

  private PersonName() {}

  public static String of(String family, String given) {
    String f = family == null ? "" : family.strip();
    String g = given == null ? "" : given.strip();
    if (f.isEmpty() || g.isEmpty()) {
      return f + g;
    }
    return isHan(f) && isHan(g) ? f + g : g + " " + f;
  }

  private static boolean isHan(String text) {
    return text.codePoints()
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '·');
  }
}
