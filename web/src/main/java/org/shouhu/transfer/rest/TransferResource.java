package org.shouhu.transfer.rest;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;
import org.shouhu.shared.rest.Paging;
import org.shouhu.transfer.application.CaseTransfers;
import org.shouhu.transfer.application.TransferCommands;
import org.shouhu.transfer.application.TransferSheet;

/**
 * The receiving side (API.md "Transfers between communities"): {@code GET /api/v1/transfers?page=
 * &size=} → {@code {"items", "total"}}, the transfers waiting for the caller's community or street,
 * each with the case's number, kind, category, urgency and summary; {@code POST
 * /api/v1/transfers/{id}/decision} {@code {"accept": true, "reason"}} → 200. A transfer to
 * somewhere else is 404.
 */
@Tag(name = "transfers", description = "Transfers between communities (转移)")
@Path("/v1/transfers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR})
public class TransferResource {

  @Inject CaseTransfers transfers;

  @GET
  @Operation(
      operationId = "listIncomingTransfers",
      summary = "List transfers awaiting the caller (待接收的转移)",
      description = "Oldest first, each with a preview of the case; nothing about its people.")
  public TransferSheet.Page incoming(
      @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page")
          String page,
      @Parameter(description = "Page size, 1-100 (default 20)", example = "20") @QueryParam("size")
          String size) {
    Paging paging = Paging.of(page, size);
    return transfers.incoming(paging.page(), paging.size());
  }

  @POST
  @Path("/{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "decideTransfer", summary = "Accept or reject a transfer (接收或拒绝转移)")
  @APIResponse(
      responseCode = "200",
      description = "The decided transfer",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TransferSheet.class)))
  @APIResponse(responseCode = "409", description = "The transfer is already decided (已处理)")
  public TransferSheet decide(@PathParam("id") String id, TransferCommands.Decision decision) {
    return transfers.decide(id, Bodies.required(decision));
  }
}
