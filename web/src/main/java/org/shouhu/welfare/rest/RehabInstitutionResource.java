package org.shouhu.welfare.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;
import org.shouhu.welfare.application.RehabCommands;
import org.shouhu.welfare.application.RehabGrants;

/**
 * {@code GET /api/v1/rehab-institutions} (admin, caseworkers) → the designated institutions; {@code
 * POST} (admin) {@code {"name", "items", "account"}} → 201; the same name twice: 409; an
 * institution's monthly settlement (caseworker).
 */
@Path("/v1/rehab-institutions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.CASEWORKER})
public class RehabInstitutionResource {
  // an institution's officer reads her own institution's settlement (RehabGrants decides)

  @Inject RehabGrants grants;

  @GET
  public List<RehabGrants.InstitutionSheet> list() {
    return grants.institutions();
  }

  /**
   * {@code GET …/{id}/settlement?month=2026-04} (caseworker) → the institution's settlement for the
   * month (XLSX for the finance bureau): its accepted claims and their total; logged.
   */
  @GET
  @Path("/{institution}/settlement")
  @Produces({XLSX, MediaType.APPLICATION_JSON})
  @RolesAllowed({Role.Names.CASEWORKER, Role.Names.INSTITUTION_OFFICER})
  public Response settlement(
      @PathParam("institution") String institution, @QueryParam("month") String month) {
    RehabGrants.Settlement file = grants.settlement(institution, month);
    return Response.ok(file.content(), XLSX)
        .header(
            "Content-Disposition", org.shouhu.shared.web.ContentDisposition.attachment(file.name()))
        .build();
  }

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.ADMIN)
  public Response add(RehabCommands.Institution institution) {
    return Response.status(Response.Status.CREATED)
        .entity(grants.addInstitution(Bodies.required(institution)))
        .build();
  }
}
