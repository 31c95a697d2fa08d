package org.shouhu.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.application.UserPreferences;

/**
 * The browser session's language: the one the user chose (remembered per user in the database),
 * else her browser's if Shouhu speaks it, else Chinese.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient UserPreferences preferences;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      String header = external.getRequestHeaderMap().get("Accept-Language");
      locale = preferences.language().orElseGet(() -> Messages.fromHeader(header));
    }
    return locale;
  }

  public boolean isEnglish() {
    return getLocale().getLanguage().equals("en");
  }

  /** Switches the language, remembers it for the user, and shows the same page again. */
  public void use(String languageTag) throws IOException {
    locale = preferences.chooseLanguage(Locale.forLanguageTag(languageTag));
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(locale);
    ExternalContext external = faces.getExternalContext();
    external.redirect(external.getRequestContextPath() + faces.getViewRoot().getViewId());
  }
}
