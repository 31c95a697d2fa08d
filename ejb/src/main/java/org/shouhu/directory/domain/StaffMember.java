package org.shouhu.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.Role;

/**
 * A member of staff as the identity provider knows her: who she is, how to reach her, her roles and
 * her jurisdiction. Kept in step with Keycloak by the directory sync, so that escalation reaches
 * people who have never logged in to Shouhu.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember {

  @Id
  @Column(name = "username", length = 255)
  private String username;

  @Column(name = "display_name", length = 255)
  private String displayName;

  @Column(name = "email", length = 255)
  private String email;

  @Column(name = "roles", nullable = false, length = 255)
  private String roles;

  @Column(name = "jurisdiction", length = 12)
  private String jurisdiction;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "synced_at", nullable = false)
  private Instant syncedAt;

  protected StaffMember() {}

  public StaffMember(
      String username,
      String displayName,
      String email,
      Set<Role> roles,
      JurisdictionCode jurisdiction,
      boolean enabled,
      Instant syncedAt) {
    this.username = username;
    update(displayName, email, roles, jurisdiction, enabled, syncedAt);
  }

  /** Takes what the identity provider says now. */
  public void update(
      String displayName,
      String email,
      Set<Role> roles,
      JurisdictionCode jurisdiction,
      boolean enabled,
      Instant syncedAt) {
    this.displayName = displayName;
    this.email = email == null || email.isBlank() ? null : email.strip();
    this.roles = roles.stream().map(Role::realmName).sorted().collect(Collectors.joining(","));
    this.jurisdiction = jurisdiction == null ? null : jurisdiction.value();
    this.enabled = enabled;
    this.syncedAt = syncedAt;
  }

  /** She is no longer in the identity provider (kept, for the history of who was told what). */
  public void gone(Instant at) {
    this.enabled = false;
    this.syncedAt = at;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName == null || displayName.isBlank() ? username : displayName;
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public Set<Role> roles() {
    Set<Role> set = EnumSet.noneOf(Role.class);
    Arrays.stream(roles.split(","))
        .map(Role::ofRealmName)
        .flatMap(Optional::stream)
        .forEach(set::add);
    return set;
  }

  public boolean has(Role role) {
    return roles().contains(role);
  }

  public Optional<JurisdictionCode> jurisdiction() {
    return Optional.ofNullable(jurisdiction).map(JurisdictionCode::new);
  }

  public boolean enabled() {
    return enabled;
  }

  public Instant syncedAt() {
    return syncedAt;
  }
}
