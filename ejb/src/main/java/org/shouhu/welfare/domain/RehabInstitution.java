package org.shouhu.welfare.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A designated rehabilitation institution (定点康复机构), kept by the admin: its name, the items it may
 * provide, its settlement account (an institution's, not a person's).
 */
@Entity
@Table(name = "rehab_institution")
public class RehabInstitution {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  /** The items, comma-separated. */
  @Column(name = "items", nullable = false, length = 200)
  private String items;

  @Column(name = "account", length = 64)
  private String account;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected RehabInstitution() {}

  public RehabInstitution(
      String id, String name, List<RehabItem> items, String account, String by, Instant at) {
    this.id = id == null ? UUID.randomUUID().toString() : id;
    this.name = name;
    this.items = String.join(",", items.stream().map(Enum::name).toList());
    this.account = account;
    this.createdBy = by;
    this.createdAt = at;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public List<RehabItem> items() {
    return Arrays.stream(items.split(",")).map(RehabItem::valueOf).toList();
  }

  public boolean provides(RehabItem item) {
    return items().contains(item);
  }

  public String account() {
    return account;
  }
}
