package org.shouhu.welfare.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;
import org.shouhu.welfare.application.AllowanceStandards;

/**
 * {@code GET /api/v1/allowance-standards} (admin, caseworkers, statisticians) and {@code POST}
 * (admin) {@code {"category", "monthly", "from"}} → 201; the same category and month twice: 409.
 */
@Path("/v1/allowance-standards")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.CASEWORKER, Role.Names.STATISTICIAN})
public class AllowanceStandardResource {

  @Inject AllowanceStandards standards;

  @GET
  public List<AllowanceStandards.Row> list() {
    return standards.list();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.ADMIN)
  public Response add(AllowanceStandards.Entry entry) {
    return Response.status(Response.Status.CREATED)
        .entity(standards.add(Bodies.required(entry)))
        .build();
  }
}
