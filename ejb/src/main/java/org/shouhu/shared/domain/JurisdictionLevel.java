package org.shouhu.shared.domain;

/**
 * The three levels of the tree. A node's level follows from its code's length: the statistical
 * division code of the district (6 digits), plus 3 digits per level below it.
 */
public enum JurisdictionLevel {
  /** 区. */
  DISTRICT(6),
  /** 街道. */
  STREET(9),
  /** 社区. */
  COMMUNITY(12);

  private final int codeLength;

  JurisdictionLevel(int codeLength) {
    this.codeLength = codeLength;
  }

  public int codeLength() {
    return codeLength;
  }

  public static JurisdictionLevel ofCodeLength(int length) {
    for (JurisdictionLevel level : values()) {
      if (level.codeLength == length) {
        return level;
      }
    }
    throw new IllegalArgumentException("no level has codes of length " + length);
  }
}
