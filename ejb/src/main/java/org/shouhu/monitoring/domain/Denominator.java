package org.shouhu.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A denominator only the statistics office has (INDICATORS.md "Den: E"): how many children (or
 * disabled children) live in a street in a year. The statistician enters it; case data never does.
 */
@Entity
@Table(name = "indicator_denominator")
public class Denominator {

  /** What is counted. */
  public enum Name {
    /** Children 0–17 living in the street. */
    CHILDREN_0_17,
    /** Disabled children 0–16 (rehabilitation coverage, Dalian's age range). */
    DISABLED_CHILDREN_0_16
  }

  public static final long LARGEST = 10_000_000L;

  @Id
  @Column(name = "id", length = 80)
  private String id;

  @Column(name = "denominator_year", nullable = false)
  private int year;

  @Column(name = "street", nullable = false, length = 12)
  private String street;

  @Enumerated(EnumType.STRING)
  @Column(name = "name", nullable = false, length = 40)
  private Name name;

  @Column(name = "amount", nullable = false)
  private long amount;

  @Column(name = "entered_by", nullable = false)
  private String enteredBy;

  @Column(name = "entered_at", nullable = false)
  private Instant enteredAt;

  protected Denominator() {}

  public Denominator(int year, String street, Name name) {
    this.id = key(year, street, name);
    this.year = year;
    this.street = street;
    this.name = name;
  }

  public static String key(int year, String street, Name name) {
    return year + "|" + street + "|" + name.name();
  }

  /** Enters (or corrects) the amount. */
  public void enter(long newAmount, String by, Instant at) {
    if (newAmount < 0 || newAmount > LARGEST) {
      throw new IllegalArgumentException("amount out of range: " + newAmount);
    }
    amount = newAmount;
    enteredBy = by;
    enteredAt = at;
  }

  public String id() {
    return id;
  }

  public int year() {
    return year;
  }

  public String street() {
    return street;
  }

  public Name name() {
    return name;
  }

  public long amount() {
    return amount;
  }

  public String enteredBy() {
    return enteredBy;
  }

  public Instant enteredAt() {
    return enteredAt;
  }
}
