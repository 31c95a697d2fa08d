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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;
import org.shouhu.welfare.application.AllowanceStandards;

/**
 * {@code GET /api/v1/allowance-standards} (admin, caseworkers, statisticians) and {@code POST}
 * (admin) {@code {"category", "monthly", "from"}} → 201; the same category and month twice: 409.
 */
@Tag(
    name = "welfare",
    description = "Orphans' support, payment runs, rehabilitation grants (孤儿保障与康复救助)")
@Path("/v1/allowance-standards")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.CASEWORKER, Role.Names.STATISTICIAN})
public class AllowanceStandardResource {

  @Inject AllowanceStandards standards;

  @GET
  @Operation(
      operationId = "listAllowanceStandards",
      summary = "List the allowance standards (保障标准列表)",
      description = "The dated table of monthly standards, with their yearly rise.")
  public List<AllowanceStandards.Row> list() {
    return standards.list();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(
      operationId = "addAllowanceStandard",
      summary = "Set an allowance standard (设定保障标准)",
      description = "A standard holds from its month until the next one of its category.")
  @APIResponse(
      responseCode = "201",
      description = "The standard, added (已设定)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AllowanceStandards.Row.class)))
  @APIResponse(
      responseCode = "409",
      description = "A standard is already set for that category and month (该类别该月已有标准)")
  public Response add(AllowanceStandards.Entry entry) {
    return Response.status(Response.Status.CREATED)
        .entity(standards.add(Bodies.required(entry)))
        .build();
  }
}
