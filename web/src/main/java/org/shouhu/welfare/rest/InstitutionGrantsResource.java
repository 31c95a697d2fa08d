package org.shouhu.welfare.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.shared.domain.Role;
import org.shouhu.welfare.application.RehabGrants;

/**
 * {@code GET /api/v1/rehab-grants?page=&size=} (a designated institution's officer) → {@code
 * {"items", "total"}}: her institution's grants only, each with the child's name and age, the
 * disability, the grant and its claims (DOMAIN.md §4).
 */
@Tag(
    name = "welfare",
    description = "Orphans' support, payment runs, rehabilitation grants (孤儿保障与康复救助)")
@Path("/v1/rehab-grants")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.INSTITUTION_OFFICER)
public class InstitutionGrantsResource {

  @Inject RehabGrants grants;

  @GET
  @Operation(
      operationId = "listInstitutionRehabGrants",
      summary = "List the officer's institution's rehabilitation grants (本机构康复救助)",
      description = "Her institution's grants only, each with the child's name and age and claims.")
  public RehabGrants.OfficerPage mine(
      @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page")
          String page,
      @Parameter(description = "Page size, 1-100 (default 20)", example = "20") @QueryParam("size")
          String size) {
    org.shouhu.shared.rest.Paging paging = org.shouhu.shared.rest.Paging.of(page, size);
    return grants.mine(paging.page(), paging.size());
  }
}
