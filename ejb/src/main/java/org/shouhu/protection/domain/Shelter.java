package org.shouhu.protection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.shared.domain.InvalidInputException;

/**
 * 紧急庇护场所 — an emergency shelter (Anti-Domestic Violence Law art. 18), kept by the administrator:
 * its name, where it is (shown only to the handlers of a case staying there) and how many it takes.
 * It never holds more: a stay begins only while it has room ({@link #admit}).
 */
@Entity
@Table(name = "shelter")
public class Shelter {

  /** The most places a shelter record may claim (a typo's guard). */
  public static final int MAX_CAPACITY = 10_000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "address", nullable = false)
  private String address;

  @Column(name = "capacity", nullable = false)
  private int capacity;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Shelter() {}

  public Shelter(String name, String address, int capacity, Instant now) {
    if (capacity < 1 || capacity > MAX_CAPACITY) {
      throw InvalidInputException.of("capacity", "shelter.capacity.invalid");
    }
    this.id = UUID.randomUUID().toString();
    this.name = name.strip();
    this.address = address.strip();
    this.capacity = capacity;
    this.createdAt = now;
  }

  /** One more stay, when {@code occupied} stays are under way now: refused (409) when full. */
  public void admit(long occupied) {
    if (occupied >= capacity) {
      throw new ConflictException("shelter.full", name, capacity);
    }
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String address() {
    return address;
  }

  public int capacity() {
    return capacity;
  }
}
