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
@Path("/v1/transfers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR})
public class TransferResource {

  @Inject CaseTransfers transfers;

  @GET
  public TransferSheet.Page incoming(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    Paging paging = Paging.of(page, size);
    return transfers.incoming(paging.page(), paging.size());
  }

  @POST
  @Path("/{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  public TransferSheet decide(@PathParam("id") String id, TransferCommands.Decision decision) {
    return transfers.decide(id, Bodies.required(decision));
  }
}
