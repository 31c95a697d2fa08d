package org.shouhu.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.casework.rest.CaseView;
import org.shouhu.intake.application.IntakeDesk;
import org.shouhu.intake.application.IntakeForm;
import org.shouhu.intake.application.IntakeResult;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;

/**
 * {@code POST /api/v1/intakes}: takes in a report or call (API.md "Intake"). With an {@code
 * Idempotency-Key} (per user, ≤ 64 characters) a retry of the same body answers as the first time
 * did and opens no second case; the same key with another body is 409.
 */
@Path("/v1/intakes")
@Tag(name = "intake", description = "Taking in reports (登记)")
public class IntakeResource {

  @Inject IntakeDesk desk;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Role.Names.HOTLINE_OPERATOR,
    Role.Names.CHILD_DIRECTOR,
    Role.Names.CHILD_SUPERVISOR,
    Role.Names.CASEWORKER
  })
  @Operation(
      operationId = "createIntake",
      summary = "Take in a report (登记报告)",
      description =
          "Takes in a report or call and opens a case; its deadlines run from receivedAt. The"
              + " answer lists the open cases of the same person that the caller may see.")
  @APIResponse(
      responseCode = "201",
      description = "The new case, with its possible duplicates",
      headers =
          @Header(
              name = "Location",
              description = "The new case: /api/v1/cases/{id}",
              schema = @Schema(type = SchemaType.STRING, format = "uri")),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseView.class)))
  @APIResponse(
      responseCode = "409",
      description = "The same Idempotency-Key was used before with another body")
  public Response receive(
      @Parameter(
              description =
                  "Optional; makes a retry safe: at most 64 characters, kept 24 h per user. The"
                      + " same key with the same body answers as the first time did (no second"
                      + " case); with another body it is 409.",
              example = "7d9f3c2a-4b1e-4f6a-9c2d-1e5b8a0f3d47")
          @HeaderParam("Idempotency-Key")
          String key,
      IntakeForm form) {
    if (key != null && (key.isBlank() || key.length() > 64)) {
      throw InvalidInputException.of("Idempotency-Key", "validation.idempotencyKey");
    }
    IntakeResult result = desk.take(Bodies.required(form), key, form.toString());
    CaseView view = CaseView.of(result.sheet(), result.duplicates(), result.duplicateElsewhere());
    return Response.created(uri.getBaseUriBuilder().path("v1/cases/{id}").build(view.id()))
        .entity(view)
        .build();
  }
}
