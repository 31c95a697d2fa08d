package org.shouhu.transfer.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;
import org.shouhu.transfer.application.CaseTransfers;
import org.shouhu.transfer.application.TransferCommands;
import org.shouhu.transfer.application.TransferSheet;

/**
 * {@code POST /api/v1/cases/{id}/transfers} {@code {"to": "community code", "reason"}} (the case's
 * handlers) → 201 {@code {"id", "status": "REQUESTED", …}}; a pending one already: 409. {@code POST
 * …/transfers/{transferId}/withdrawal} (extension; the handlers) → 200, status WITHDRAWN; once
 * decided: 409.
 */
@Path("/v1/cases/{id}/transfers")
@Produces(MediaType.APPLICATION_JSON)
public class CaseTransferResource {

  @Inject CaseTransfers transfers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public Response request(@PathParam("id") String id, TransferCommands.Request request) {
    return Response.status(Response.Status.CREATED)
        .entity(transfers.request(CaseId.of(id), Bodies.required(request)))
        .build();
  }

  @POST
  @Path("/{transferId}/withdrawal")
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public TransferSheet withdraw(
      @PathParam("id") String id, @PathParam("transferId") String transferId) {
    return transfers.withdraw(CaseId.of(id), transferId);
  }
}
