package org.shouhu.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.PersonName;
import org.shouhu.shared.domain.Role;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.RealmAccessClaim;

/**
 * Fills {@link CurrentUser} from the token the identity provider has already verified: the
 * username, the realm roles, the {@code jurisdiction} claim and (an institution's officer) the
 * {@code institution} claim. The rest of the code reads the caller only from there.
 */
@WebFilter(urlPatterns = "/*")
public class CurrentUserFilter extends HttpFilter {

  @Inject CurrentUser currentUser;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() instanceof OidcPrincipal<?> principal) {
      AccessToken token = principal.getOidcSecurityContext().getToken();
      currentUser.authenticated(
          principal.getName(),
          roles(token.getRealmAccessClaim()),
          JurisdictionCode.parse(token.getClaimValueAsString("jurisdiction")).orElse(null),
          PersonName.of(token.getFamilyName(), token.getGivenName()),
          authTime(token));
      currentUser.worksAt(token.getClaimValueAsString("institution"));
    }
    currentUser.cameFrom(request.getRemoteAddr());
    currentUser.speaks(Messages.fromHeader(request.getHeader("Accept-Language")));
    chain.doFilter(request, response);
  }

  private static Instant authTime(AccessToken token) {
    Object value = token.getClaimValue("auth_time");
    return value instanceof Number seconds ? Instant.ofEpochSecond(seconds.longValue()) : null;
  }

  private static Set<Role> roles(RealmAccessClaim claim) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    List<String> names = claim == null ? List.of() : claim.getRoles();
    for (String name : names) {
      Optional<Role> role = Role.ofRealmName(name);
      role.ifPresent(roles::add);
    }
    return roles;
  }
}
