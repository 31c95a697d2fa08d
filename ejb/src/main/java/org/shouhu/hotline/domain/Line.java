package org.shouhu.hotline.domain;

import java.util.Arrays;
import java.util.Optional;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.Channel;

/**
 * The two hotlines: 12338, the women's-rights line of the Women's Federation, and 12349, the
 * child-protection line of civil affairs. Each takes its calls in the categories of one case kind,
 * and a case made from its call comes in through its channel (API.md "Hotline calls").
 */
public enum Line {
  L12338("12338", CaseKind.WOMENS_RIGHTS, Channel.HOTLINE_12338),
  L12349("12349", CaseKind.CHILD_PROTECTION, Channel.CHILD_PROTECTION_HOTLINE);

  private final String number;
  private final CaseKind categories;
  private final Channel channel;

  Line(String number, CaseKind categories, Channel channel) {
    this.number = number;
    this.categories = categories;
    this.channel = channel;
  }

  /** The line by its number, as the API writes it. */
  public static Optional<Line> of(String number) {
    return Arrays.stream(values()).filter(l -> l.number.equals(number)).findFirst();
  }

  public String number() {
    return number;
  }

  /** Whether a call on this line may be in {@code category}. */
  public boolean allows(CaseCategory category) {
    return categories.allows(category);
  }

  /** The kind whose category list the line uses. */
  public CaseKind categories() {
    return categories;
  }

  public Channel channel() {
    return channel;
  }
}
