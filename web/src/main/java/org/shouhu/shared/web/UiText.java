package org.shouhu.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.shouhu.shared.application.Messages;

/**
 * The user interface's texts in the session's language: {@code #{text.of('home.title')}}. Reads the
 * one bundle of Shouhu without ever falling back to the server's own locale.
 */
@Named("text")
@RequestScoped
public class UiText {

  @Inject UserSession session;

  public String of(String key) {
    return Messages.get(session.getLocale(), key);
  }

  public String format(String key, Object argument) {
    return Messages.get(session.getLocale(), key, argument);
  }

  /** For Java callers: a message with several arguments. */
  public String formatAll(String key, Object... arguments) {
    return Messages.get(session.getLocale(), key, arguments);
  }
}
