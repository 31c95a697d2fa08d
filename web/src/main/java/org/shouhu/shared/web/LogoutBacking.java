package org.shouhu.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

/**
 * Logs out of Shouhu <em>and</em> of Keycloak (the OIDC adapter has no logout of its own): ends the
 * session here, then sends the browser to the provider's end-session endpoint with the ID token,
 * which sends it back to Shouhu's start page — that is, to the login page. A Faces action, so that
 * a forged cross-site request cannot log anyone out.
 */
@Named("logout")
@RequestScoped
public class LogoutBacking {

  public void logout() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String back =
        request.getScheme()
            + "://"
            + request.getServerName()
            + ":"
            + request.getServerPort()
            + request.getContextPath()
            + "/";
    String target = back;
    if (request.getUserPrincipal() instanceof OidcPrincipal<?> principal
        && principal.getOidcSecurityContext() instanceof RefreshableOidcSecurityContext context) {
      target =
          context.getOidcClientConfiguration().getLogoutUrl()
              + "?client_id=shouhu-web&id_token_hint="
              + URLEncoder.encode(context.getIDTokenString(), StandardCharsets.UTF_8)
              + "&post_logout_redirect_uri="
              + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }
    request.logout();
    external.invalidateSession();
    external.redirect(target);
  }
}
