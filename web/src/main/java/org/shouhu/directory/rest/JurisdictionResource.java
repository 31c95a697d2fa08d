package org.shouhu.directory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.directory.application.JurisdictionDirectory;
import org.shouhu.directory.application.TreeChanges;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.domain.Role;

/** The jurisdiction tree, so that clients can learn the node codes. */
@Tag(name = "directory", description = "Jurisdictions and staff (辖区与工作人员)")
@Path("/v1/jurisdictions")
@Produces(MediaType.APPLICATION_JSON)
public class JurisdictionResource {

  @Inject JurisdictionDirectory directory;
  @Context HttpHeaders headers;

  /** Every node in force, parents before children; any authenticated user. */
  @GET
  @Operation(
      operationId = "listJurisdictions",
      summary = "List the jurisdiction tree (辖区列表)",
      description = "Every node in force, parents before children; any authenticated user.")
  public List<JurisdictionView> tree() {
    Locale locale = Messages.choose(headers.getAcceptableLanguages());
    return directory.tree().stream().map(node -> JurisdictionView.of(node, locale)).toList();
  }

  /**
   * Reads the tree file again ({@code SHOUHU_JURISDICTIONS_FILE}, else the bundled one) and applies
   * it: new nodes added, names updated, missing nodes retired. A malformed file is 422 naming the
   * line, and changes nothing. The body is optional; {@code {"dryRun": true}} only reports what
   * would change.
   */
  @POST
  @Path("/reload")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(
      operationId = "reloadJurisdictions",
      summary = "Reload the jurisdiction tree file (重新加载辖区)",
      description = "Adds, renames and retires nodes; {\"dryRun\": true} only reports the changes.")
  public TreeChanges reload(ReloadRequest request) {
    return directory.reload(request != null && request.isDryRun());
  }
}
