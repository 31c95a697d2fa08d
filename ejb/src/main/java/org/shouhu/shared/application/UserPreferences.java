package org.shouhu.shared.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.shouhu.shared.domain.UserPreference;
import org.shouhu.shared.domain.UserPreferenceRepository;

/** The calling user's own preferences; nobody reads or sets another user's. */
@Stateless
public class UserPreferences {

  @Inject UserPreferenceRepository preferences;
  @Inject CurrentUser currentUser;

  /** The language the caller chose, if she ever chose one. */
  public Optional<Locale> language() {
    return preferences.find(currentUser.username()).map(UserPreference::language);
  }

  /** Remembers the caller's language (one of {@link Messages#LANGUAGES}). */
  public Locale chooseLanguage(Locale requested) {
    Locale language = Messages.choose(List.of(requested));
    preferences
        .find(currentUser.username())
        .ifPresentOrElse(
            preference -> preference.use(language),
            () -> preferences.store(new UserPreference(currentUser.username(), language)));
    return language;
  }
}
