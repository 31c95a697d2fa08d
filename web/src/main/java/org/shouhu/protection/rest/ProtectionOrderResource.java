package org.shouhu.protection.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.protection.application.OrderCommands;
import org.shouhu.protection.application.OrderSheets;
import org.shouhu.protection.application.ProtectionOrders;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;
import org.shouhu.shared.web.ContentDisposition;

/**
 * {@code /api/v1/cases/{id}/protection-orders} (DOMESTIC_VIOLENCE; 人身安全保护令): the application → 201
 * {@code {"id", "status": "PENDING", "rulingDueAt", …}}; {@code …/{orderId}/ruling} → 200; {@code
 * …/service} → 200; {@code …/violations} → 201; {@code …/reconsiderations} (extension) → 201;
 * {@code GET …/application.pdf} → the application form to sign.
 */
@Path("/v1/cases/{id}/protection-orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
public class ProtectionOrderResource {

  @Inject ProtectionOrders orders;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response apply(@PathParam("id") String id, OrderCommands.Application application) {
    return Response.status(Response.Status.CREATED)
        .entity(orders.apply(CaseId.of(id), Bodies.required(application)))
        .build();
  }

  @POST
  @Path("/{orderId}/ruling")
  @Consumes(MediaType.APPLICATION_JSON)
  public OrderSheets.OrderSheet rule(
      @PathParam("id") String id, @PathParam("orderId") String orderId, OrderCommands.Ruling r) {
    return orders.rule(CaseId.of(id), orderId, Bodies.required(r));
  }

  @POST
  @Path("/{orderId}/service")
  @Consumes(MediaType.APPLICATION_JSON)
  public OrderSheets.OrderSheet serve(
      @PathParam("id") String id, @PathParam("orderId") String orderId, OrderCommands.Service s) {
    return orders.serve(CaseId.of(id), orderId, Bodies.required(s));
  }

  @POST
  @Path("/{orderId}/violations")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response violate(
      @PathParam("id") String id,
      @PathParam("orderId") String orderId,
      OrderCommands.Violation violation) {
    return Response.status(Response.Status.CREATED)
        .entity(orders.violate(CaseId.of(id), orderId, Bodies.required(violation)))
        .build();
  }

  @POST
  @Path("/{orderId}/reconsiderations")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response reconsider(
      @PathParam("id") String id,
      @PathParam("orderId") String orderId,
      OrderCommands.Reconsideration request) {
    return Response.status(Response.Status.CREATED)
        .entity(orders.reconsider(CaseId.of(id), orderId, Bodies.required(request)))
        .build();
  }

  /** The application pre-filled from the case, to print and sign (a logged reveal). */
  @GET
  @Path("/{orderId}/application.pdf")
  @Produces("application/pdf")
  public Response applicationForm(
      @PathParam("id") String id, @PathParam("orderId") String orderId) {
    return Response.ok(orders.applicationForm(CaseId.of(id), orderId), "application/pdf")
        .header("Content-Disposition", ContentDisposition.inline("人身安全保护令申请书.pdf"))
        .header("Cache-Control", "no-store")
        .build();
  }
}
