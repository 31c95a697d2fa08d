package org.shouhu.shared.web;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Ends a browser session after {@code shouhu.session.idle-minutes} (env {@code
 * SHOUHU_SESSION_IDLE_MINUTES}, default 15) without a request: these are shared office PCs. The dev
 * realm's SSO idle time matches, so that Keycloak does not silently log the user back in.
 */
@WebListener
public class IdleSessionTimeout implements HttpSessionListener {

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    int minutes =
        ConfigProvider.getConfig()
            .getOptionalValue("shouhu.session.idle-minutes", Integer.class)
            .orElse(15);
    event.getSession().setMaxInactiveInterval(minutes * 60);
  }
}
