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
  public Response receive(@HeaderParam("Idempotency-Key") String key, IntakeForm form) {
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
