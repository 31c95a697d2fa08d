package org.shouhu.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * A staff member's own settings, kept with Shouhu rather than in the identity provider: for now the
 * language of the user interface (zh-CN or en).
 */
@Entity
@Table(name = "user_preference")
public class UserPreference {

  @Id
  @Column(name = "username", length = 255)
  private String username;

  @Column(name = "language_tag", nullable = false, length = 16)
  private String languageTag;

  protected UserPreference() {}

  public UserPreference(String username, Locale language) {
    this.username = username;
    use(language);
  }

  public void use(Locale language) {
    this.languageTag = language.toLanguageTag();
  }

  public String username() {
    return username;
  }

  public Locale language() {
    return Locale.forLanguageTag(languageTag);
  }
}
