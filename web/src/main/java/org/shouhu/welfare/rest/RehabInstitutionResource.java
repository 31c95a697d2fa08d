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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;
import org.shouhu.welfare.application.RehabCommands;
import org.shouhu.welfare.application.RehabGrants;

/**
 * {@code GET /api/v1/rehab-institutions} (admin, caseworkers) → the designated institutions; {@code
 * POST} (admin) {@code {"name", "items", "account"}} → 201; the same name twice: 409; an
 * institution's monthly settlement (caseworker).
 */
@Tag(
    name = "welfare",
    description = "Orphans' support, payment runs, rehabilitation grants (孤儿保障与康复救助)")
@Path("/v1/rehab-institutions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.CASEWORKER})
public class RehabInstitutionResource {
  // an institution's officer reads her own institution's settlement (RehabGrants decides)

  @Inject RehabGrants grants;

  @GET
  @Operation(
      operationId = "listRehabInstitutions",
      summary = "List the designated rehabilitation institutions (定点康复机构列表)")
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
  @Operation(
      operationId = "getRehabInstitutionSettlement",
      summary = "Download an institution's monthly settlement (下载机构月度结算表)",
      description = "Its accepted claims of the month and their total, as XLSX; logged.")
  @APIResponse(
      responseCode = "200",
      description = "The settlement (XLSX)",
      content =
          @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response settlement(
      @PathParam("institution") String institution,
      @Parameter(description = "The month (YYYY-MM)", example = "2026-04", required = true)
          @QueryParam("month")
          String month) {
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
  @Operation(
      operationId = "addRehabInstitution",
      summary = "Add a designated rehabilitation institution (新增定点康复机构)")
  @APIResponse(
      responseCode = "201",
      description = "The institution, added (已新增)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RehabGrants.InstitutionSheet.class)))
  @APIResponse(responseCode = "409", description = "An institution of that name exists (机构已存在)")
  public Response add(RehabCommands.Institution institution) {
    return Response.status(Response.Status.CREATED)
        .entity(grants.addInstitution(Bodies.required(institution)))
        .build();
  }
}
