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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(name = "transfers", description = "Transfers between communities (转移)")
@Path("/v1/cases/{id}/transfers")
@Produces(MediaType.APPLICATION_JSON)
public class CaseTransferResource {

  @Inject CaseTransfers transfers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  @Operation(
      operationId = "requestTransfer",
      summary = "Request a case's transfer to another community (申请转移个案)")
  @APIResponse(
      responseCode = "201",
      description = "The transfer, REQUESTED (已申请)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TransferSheet.class)))
  @APIResponse(
      responseCode = "409",
      description = "The case already has a pending transfer (已有待处理的转移)")
  public Response request(@PathParam("id") String id, TransferCommands.Request request) {
    return Response.status(Response.Status.CREATED)
        .entity(transfers.request(CaseId.of(id), Bodies.required(request)))
        .build();
  }

  @POST
  @Path("/{transferId}/withdrawal")
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  @Operation(operationId = "withdrawTransfer", summary = "Withdraw a pending transfer (撤回转移申请)")
  @APIResponse(
      responseCode = "200",
      description = "The transfer, WITHDRAWN",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TransferSheet.class)))
  @APIResponse(responseCode = "409", description = "The transfer is already decided (已处理)")
  public TransferSheet withdraw(
      @PathParam("id") String id, @PathParam("transferId") String transferId) {
    return transfers.withdraw(CaseId.of(id), transferId);
  }
}
