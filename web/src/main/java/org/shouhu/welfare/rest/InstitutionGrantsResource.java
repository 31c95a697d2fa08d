package org.shouhu.welfare.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.shouhu.shared.domain.Role;
import org.shouhu.welfare.application.RehabGrants;

/**
 * {@code GET /api/v1/rehab-grants?page=&size=} (a designated institution's officer) → {@code
 * {"items", "total"}}: her institution's grants only, each with the child's name and age, the
 * disability, the grant and its claims (DOMAIN.md §4).
 */
@Path("/v1/rehab-grants")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.INSTITUTION_OFFICER)
public class InstitutionGrantsResource {

  @Inject RehabGrants grants;

  @GET
  public RehabGrants.OfficerPage mine(
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return grants.mine(page, size);
  }
}
