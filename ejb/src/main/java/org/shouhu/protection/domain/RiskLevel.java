package org.shouhu.protection.domain;

/**
 * What an assessment found, lowest first: child protection's levels (LOW, MODERATE, HIGH,
 * VERY_HIGH) and domestic violence's (LOW, MEDIUM, HIGH, SEVERE). A high one puts the case before
 * its supervisor at once.
 */
public enum RiskLevel {
  LOW,
  MODERATE,
  MEDIUM,
  HIGH,
  VERY_HIGH,
  SEVERE;

  /** HIGH and above: the supervisor hears of it at once. */
  public boolean isHigh() {
    return compareTo(HIGH) >= 0;
  }
}
