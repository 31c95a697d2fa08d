package org.shouhu.shared.application;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.shouhu.shared.domain.Label;

/**
 * Texts for users, from the bundle {@code org.shouhu.i18n.messages} and, for the field rules of
 * request contents, {@code ValidationMessages} (the Jakarta Validation bundle): Simplified Chinese
 * by default, English on request. The JVM's own locale never leaks in (no fallback to it).
 * Placeholders are positional ({@code {0}}) in the first, named ({@code {max}}) in the second.
 */
public final class Messages {

  public static final String BUNDLE = "org.shouhu.i18n.messages";

  /** The field rules' texts, where Jakarta Validation looks for its messages too. */
  public static final String VALIDATION_BUNDLE = "ValidationMessages";

  /** The languages Shouhu speaks, the first being the default. */
  public static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private static final Pattern NAMED = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");

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

  public static ResourceBundle validationBundle(Locale locale) {
    return ResourceBundle.getBundle(
        VALIDATION_BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
  }

  /**
   * The text of {@code key} in {@code locale}. Arguments fill positional placeholders; a single
   * {@link Map} argument fills named ones ({@code {max}}), a class of enum constants standing for
   * the list of their names.
   */
  public static String get(Locale locale, String key, Object... arguments) {
    ResourceBundle messages = bundle(locale);
    ResourceBundle rules = validationBundle(locale);
    String pattern =
        messages.containsKey(key)
            ? messages.getString(key)
            : rules.containsKey(key)
                ? rules.getString(key)
                : rules.getString("validation.invalid"); // a constraint's own text we lack
    if (arguments.length == 1 && arguments[0] instanceof Map<?, ?> named) {
      return named(pattern, named);
    }
    if (arguments.length == 0) {
      return pattern;
    }
    Object[] shown = Arrays.stream(arguments).map(a -> labelled(messages, a)).toArray();
    return new MessageFormat(pattern, locale).format(shown);
  }

  /** A {@link Label} (or a list of them) as its text; anything else as it is. */
  private static Object labelled(ResourceBundle messages, Object argument) {
    if (argument instanceof Label label) {
      return messages.containsKey(label.key())
          ? messages.getString(label.key())
          : label.key().substring(label.key().lastIndexOf('.') + 1);
    }
    if (argument instanceof List<?> list
        && !list.isEmpty()
        && list.stream().allMatch(Label.class::isInstance)) {
      return list.stream()
          .map(l -> String.valueOf(labelled(messages, l)))
          .collect(Collectors.joining(messages.getString("list.separator")));
    }
    return argument;
  }

  /** Whether either bundle has {@code key}. */
  public static boolean has(Locale locale, String key) {
    return bundle(locale).containsKey(key) || validationBundle(locale).containsKey(key);
  }

  private static String named(String pattern, Map<?, ?> values) {
    StringBuilder text = new StringBuilder();
    Matcher m = NAMED.matcher(pattern);
    while (m.find()) {
      Object value = values.get(m.group(1));
      m.appendReplacement(text, Matcher.quoteReplacement(value == null ? m.group() : shown(value)));
    }
    return m.appendTail(text).toString();
  }

  private static String shown(Object value) {
    if (value instanceof Class<?> type && type.isEnum()) {
      return Arrays.stream(type.getEnumConstants())
          .map(c -> ((Enum<?>) c).name())
          .collect(Collectors.joining(", "));
    }
    if (value instanceof Object[] array) {
      return Arrays.stream(array).map(String::valueOf).collect(Collectors.joining(", "));
    }
    String text = String.valueOf(value);
    return text.codePointCount(0, text.length()) > 64
        ? text.substring(0, text.offsetByCodePoints(0, 64)) + "…"
        : text;
  }
}
