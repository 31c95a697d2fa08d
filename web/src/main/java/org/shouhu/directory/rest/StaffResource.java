package org.shouhu.directory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.directory.application.StaffDirectory;
import org.shouhu.directory.application.StaffSync;
import org.shouhu.directory.domain.StaffMember;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Times;

/**
 * {@code /api/v1/staff}: the staff directory as synchronised from Keycloak (admin only), its gaps
 * ("两个全覆盖": a community without a child director, a street without a supervisor), and a sync on
 * demand (it also runs every five minutes).
 */
@Tag(name = "directory", description = "Jurisdictions and staff (辖区与工作人员)")
@Path("/v1/staff")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class StaffResource {

  @Inject StaffDirectory directory;
  @Inject StaffSync sync;
  @Context HttpHeaders headers;

  /** A member of staff. */
  @JsonbPropertyOrder({"username", "name", "email", "roles", "jurisdiction", "enabled", "syncedAt"})
  public record StaffView(
      String username,
      String name,
      String email,
      List<String> roles,
      String jurisdiction,
      boolean enabled,
      String syncedAt) {}

  /** A jurisdiction without the person the plan requires there. */
  @JsonbPropertyOrder({"jurisdiction", "level", "name", "missing"})
  public record GapView(String jurisdiction, String level, String name, String missing) {}

  @GET
  @Operation(
      operationId = "listStaff",
      summary = "List the staff directory (工作人员列表)",
      description = "As last synchronised from Keycloak.")
  public List<StaffView> all() {
    return directory.all().stream().map(StaffResource::view).toList();
  }

  @GET
  @Path("/gaps")
  @Operation(
      operationId = "listStaffGaps",
      summary = "List staffing gaps (人员空缺)",
      description = "Communities without a child director, streets without a supervisor.")
  public List<GapView> gaps() {
    Locale locale = Messages.choose(headers.getAcceptableLanguages());
    return directory.gaps().stream()
        .map(
            g ->
                new GapView(
                    g.jurisdiction().code().value(),
                    g.jurisdiction().level().name(),
                    locale.getLanguage().equals("en")
                        ? g.jurisdiction().nameEn()
                        : g.jurisdiction().nameZh(),
                    g.missing().realmName()))
        .toList();
  }

  /** Reads Keycloak now; 503 (problem) when it cannot be reached. */
  @POST
  @Path("/sync")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      operationId = "syncStaff",
      summary = "Synchronise the staff directory from Keycloak now (同步工作人员)")
  @APIResponse(
      responseCode = "200",
      description = "What the synchronisation changed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = StaffDirectory.SyncResult.class)))
  @APIResponse(
      responseCode = "503",
      description = "Keycloak cannot be reached; the directory keeps its last state (无法连接)")
  public StaffDirectory.SyncResult sync() {
    return sync.syncNow();
  }

  private static StaffView view(StaffMember m) {
    return new StaffView(
        m.username(),
        m.displayName(),
        m.email().orElse(null),
        m.roles().stream().map(Role::realmName).sorted().collect(Collectors.toList()),
        m.jurisdiction().map(JurisdictionCode::value).orElse(null),
        m.enabled(),
        Times.format(m.syncedAt()));
  }
}
