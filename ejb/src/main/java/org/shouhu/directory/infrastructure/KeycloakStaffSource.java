package org.shouhu.directory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.shouhu.directory.application.StaffSource;
import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.PersonName;
import org.shouhu.shared.domain.Role;

/**
 * Reads the realm's users through the Keycloak admin client, as the confidential service-account
 * client {@code shouhu-directory}, which may only view users. The realm and server come from {@code
 * shouhu.oidc.provider-url}; the client's secret from {@code shouhu.directory.secret} (environment
 * {@code SHOUHU_DIRECTORY_SECRET}; the dev realm's by default). Keycloak gets 10 s to answer a
 * connection and 30 s a request. One request per user for her roles: fine for a district's staff; a
 * province would list the members of each Shouhu role instead (which needs view-realm).
 */
@ApplicationScoped
public class KeycloakStaffSource implements StaffSource {

  private static final int PAGE = 200;

  @Override
  public List<Person> fetch() {
    Config config = ConfigProvider.getConfig();
    String provider =
        config
            .getOptionalValue("shouhu.oidc.provider-url", String.class)
            .orElse("http://127.0.0.1:8180/realms/shouhu");
    int split = provider.indexOf("/realms/");
    String server = provider.substring(0, split);
    String realm = provider.substring(split + "/realms/".length()).replaceAll("/+$", "");
    String secret =
        config
            .getOptionalValue("shouhu.directory.secret", String.class)
            .orElse("shouhu-directory-dev");
    Client http =
        ClientBuilder.newBuilder()
            .connectTimeout(10, TimeUnit.SECONDS)
            .readTimeout(30, TimeUnit.SECONDS)
            .register(JacksonProvider.class)
            .build();
    try (Keycloak keycloak =
        KeycloakBuilder.builder()
            .resteasyClient(http)
            .serverUrl(server)
            .realm(realm)
            .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
            .clientId("shouhu-directory")
            .clientSecret(secret)
            .build()) {
      return read(keycloak.realm(realm));
    }
  }

  private static List<Person> read(RealmResource realm) {
    List<Person> people = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<UserRepresentation> page = realm.users().list(first, PAGE);
      for (UserRepresentation user : page) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (RoleRepresentation role :
            realm.users().get(user.getId()).roles().realmLevel().listEffective()) {
          Role.ofRealmName(role.getName()).ifPresent(roles::add);
        }
        if (roles.isEmpty()) {
          continue; // the service account, and anyone without a Shouhu role
        }
        people.add(
            new Person(
                user.getUsername(),
                displayName(user),
                user.getEmail(),
                roles,
                attribute(user.getAttributes(), "jurisdiction")
                    .flatMap(JurisdictionCode::parse)
                    .orElse(null),
                Boolean.TRUE.equals(user.isEnabled())));
      }
      if (page.size() < PAGE) {
        return people;
      }
    }
  }

  private static String displayName(UserRepresentation user) {
    String name = PersonName.of(user.getLastName(), user.getFirstName());
    return name.isBlank() ? user.getUsername() : name;
  }

  private static Optional<String> attribute(Map<String, List<String>> attributes, String name) {
    if (attributes == null || attributes.get(name) == null || attributes.get(name).isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(attributes.get(name).get(0));
  }
}
