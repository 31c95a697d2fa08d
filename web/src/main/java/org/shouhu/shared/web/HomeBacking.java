package org.shouhu.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.Beijing;

/** The home page: who the user is, where, since when, and what her roles let her do. */
@Named("home")
@RequestScoped
public class HomeBacking {

  @Inject CurrentUser user;
  @Inject UserSession session;
  @Inject UiText text;
  @Inject ShellBacking shell;

  /** Today's date in Beijing, written out in the user's language. */
  public String getToday() {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
        .withLocale(session.getLocale())
        .withZone(Beijing.ZONE)
        .format(Instant.now());
  }

  public String getSignedInAt() {
    return user.signedInAt().map(shell::format).orElse("");
  }

  /** One line per thing the user's roles let her do (DOMAIN.md §1). */
  public List<String> getDuties() {
    return user.roles().stream()
        .sorted()
        .flatMap(role -> Arrays.stream(text.of("duties." + role.realmName()).split("\\|")))
        .toList();
  }
}
