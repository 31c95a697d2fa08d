package org.shouhu.shared.application;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts for users, from the bundle {@code org.shouhu.i18n.messages}: Simplified Chinese by default,
 * English on request. The JVM's own locale never leaks in (no fallback to it).
 */
public final class Messages {

  public static final String BUNDLE = "org.shouhu.i18n.messages";

  /** The languages Shouhu speaks, the first being the default. */
  public static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /**
   * The supported language closest to {@code requested} (in order of preference): English for any
   * English tag, otherwise Chinese.
   */
  public static Locale choose(List<Locale> requested) {
    for (Locale locale : requested) {
      if (locale.getLanguage().equals("en")) {
        return Locale.ENGLISH;
      }
      if (locale.getLanguage().equals("zh")) {
        return Locale.SIMPLIFIED_CHINESE;
      }
    }
    return LANGUAGES.get(0);
  }

  /**
   * The supported language for an {@code Accept-Language} header; Chinese when there is none. (The
   * servlet API answers a missing header with the server's own locale, which must not leak in.)
   */
  public static Locale fromHeader(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return LANGUAGES.get(0);
    }
    try {
      return choose(
          Locale.LanguageRange.parse(acceptLanguage).stream()
              .map(range -> Locale.forLanguageTag(range.getRange()))
              .toList());
    } catch (IllegalArgumentException malformed) {
      return LANGUAGES.get(0);
    }
  }

  /** Whether {@code locale} is Shouhu's English (anything else reads Chinese). */
  public static boolean isEnglish(Locale locale) {
    return locale != null && locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
  }

  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
  }

  public static String get(Locale locale, String key, Object... arguments) {
    String pattern = bundle(locale).getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }
}
