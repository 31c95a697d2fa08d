package org.shouhu.shared.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A node code of the jurisdiction tree: district {@code 210203}, street = district + 3 digits,
 * community = street + 3 digits. The code alone tells the level and the parent, so that scope ("is
 * this community within that street?") is a prefix test.
 */
public record JurisdictionCode(String value) implements Comparable<JurisdictionCode> {

  private static final Pattern FORMAT = Pattern.compile("\\d{6}(\\d{3}){0,2}");

  public JurisdictionCode {
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException("malformed jurisdiction code: " + value);
    }
  }

  /** True when {@code value} has 6, 9 or 12 ASCII digits. */
  public static boolean isWellFormed(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }

  public static Optional<JurisdictionCode> parse(String value) {
    return isWellFormed(value) ? Optional.of(new JurisdictionCode(value)) : Optional.empty();
  }

  public JurisdictionLevel level() {
    return JurisdictionLevel.ofCodeLength(value.length());
  }

  /** The enclosing node, empty for a district. */
  public Optional<JurisdictionCode> parent() {
    return value.length() == JurisdictionLevel.DISTRICT.codeLength()
        ? Optional.empty()
        : Optional.of(new JurisdictionCode(value.substring(0, value.length() - 3)));
  }

  /** The district the node lies in (the node itself for a district). */
  public JurisdictionCode district() {
    JurisdictionCode c = this;
    while (c.parent().isPresent()) {
      c = c.parent().get();
    }
    return c;
  }

  /** True when this node is {@code other} or lies below it. */
  public boolean isWithin(JurisdictionCode other) {
    return value.startsWith(other.value);
  }

  @Override
  public int compareTo(JurisdictionCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
