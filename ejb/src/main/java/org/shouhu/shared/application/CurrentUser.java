package org.shouhu.shared.application;

import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.Role;

/**
 * The authenticated caller of this request: username ({@code preferred_username}), realm roles, and
 * the jurisdiction node from the token's {@code jurisdiction} claim — never from a request
 * parameter. The web layer fills it once per request from the verified token; everything else only
 * reads it.
 */
@RequestScoped
public class CurrentUser {

  /** The identity of Shouhu's own jobs (a {@code @RunAs} role, and the name the log shows). */
  public static final String SYSTEM = "shouhu-system";

  private String username;
  private final Set<Role> roles = EnumSet.noneOf(Role.class);
  private JurisdictionCode jurisdiction;
  private String institution;
  private String displayName;
  private Instant signedInAt;
  private String clientAddress;
  private Locale language = Messages.LANGUAGES.get(0);

  /** Called by the web layer once the identity provider has verified the caller. */
  public void authenticated(
      String username,
      Set<Role> roles,
      JurisdictionCode jurisdiction,
      String displayName,
      Instant signedInAt) {
    this.username = username;
    this.roles.clear();
    this.roles.addAll(roles);
    this.jurisdiction = jurisdiction;
    this.institution = null;
    this.displayName = displayName == null || displayName.isBlank() ? username : displayName;
    this.signedInAt = signedInAt;
  }

  /**
   * A job of Shouhu's own (the overdue scan, the directory sync) acts under {@code name}, with no
   * role: the access log names it like any user.
   */
  /** A rehabilitation institution's officer: her institution, from the token's claim. */
  public void worksAt(String institution) {
    this.institution = institution == null || institution.isBlank() ? null : institution.strip();
  }

  /** Her designated institution's id; empty for everyone else. */
  public java.util.Optional<String> institution() {
    return has(Role.INSTITUTION_OFFICER)
        ? java.util.Optional.ofNullable(institution)
        : java.util.Optional.empty();
  }

  public void system(String name) {
    this.username = name;
    this.roles.clear();
    this.jurisdiction = null;
    this.institution = null;
    this.displayName = name;
  }

  /** Where the request came from (the access log records it). */
  public void cameFrom(String address) {
    this.clientAddress = address;
  }

  public String clientAddress() {
    return clientAddress;
  }

  /**
   * The language she reads this answer in — the API's {@code Accept-Language}, the pages' chosen
   * language — for texts the application layer composes (an assessment's rule in words).
   */
  public void speaks(Locale language) {
    this.language = language;
  }

  public Locale language() {
    return language;
  }

  public boolean isAuthenticated() {
    return username != null;
  }

  public String username() {
    return username;
  }

  /** The person's name as she is addressed on screen (Chinese order for Chinese names). */
  public String displayName() {
    return displayName;
  }

  /** When she last typed her password (the token's {@code auth_time}), if known. */
  public Optional<Instant> signedInAt() {
    return Optional.ofNullable(signedInAt);
  }

  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  /** The caller as domain rules see her. */
  public Actor actor() {
    return new Actor(username, roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Empty when the token carries no (or a malformed) jurisdiction claim. */
  public Optional<JurisdictionCode> jurisdiction() {
    return Optional.ofNullable(jurisdiction);
  }
}
