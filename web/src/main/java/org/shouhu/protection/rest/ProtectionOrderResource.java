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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(
    name = "protection",
    description =
        "Child protection and domestic violence: police, assessments, placements, plan, warnings,"
            + " protection orders, shelters (儿童保护与反家暴)")
public class ProtectionOrderResource {

  @Inject ProtectionOrders orders;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "applyProtectionOrder",
      summary = "Record an application for a protection order (申请人身安全保护令)",
      description =
          "DOMESTIC_VIOLENCE cases: the ruling is due 72 h after acceptedAt, 24 h when urgent.")
  @APIResponse(
      responseCode = "201",
      description = "The order: id, status PENDING, rulingDueAt",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrderSheets.OrderSheet.class)))
  public Response apply(@PathParam("id") String id, OrderCommands.Application application) {
    return Response.status(Response.Status.CREATED)
        .entity(orders.apply(CaseId.of(id), Bodies.required(application)))
        .build();
  }

  @POST
  @Path("/{orderId}/ruling")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "ruleProtectionOrder",
      summary = "Record the court's ruling on a protection order (记录裁定)",
      description =
          "ISSUED or REJECTED, or a later EXTENDED, CHANGED or REVOKED; validUntil at most 6"
              + " months after ruledAt.")
  public OrderSheets.OrderSheet rule(
      @PathParam("id") String id, @PathParam("orderId") String orderId, OrderCommands.Ruling r) {
    return orders.rule(CaseId.of(id), orderId, Bodies.required(r));
  }

  @POST
  @Path("/{orderId}/service")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "serveProtectionOrder",
      summary = "Record a protection order's service (记录送达)")
  public OrderSheets.OrderSheet serve(
      @PathParam("id") String id, @PathParam("orderId") String orderId, OrderCommands.Service s) {
    return orders.serve(CaseId.of(id), orderId, Bodies.required(s));
  }

  @POST
  @Path("/{orderId}/violations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "recordProtectionOrderViolation",
      summary = "Record a breach of a protection order (记录违反保护令)")
  @APIResponse(
      responseCode = "201",
      description = "The breach",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrderSheets.ViolationSheet.class)))
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
  @Operation(
      operationId = "requestProtectionOrderReconsideration",
      summary = "Record a request to reconsider a ruling (申请复议)")
  @APIResponse(
      responseCode = "201",
      description = "The order, with the request",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrderSheets.OrderSheet.class)))
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
  @Operation(
      operationId = "getProtectionOrderApplicationForm",
      summary = "The application form, pre-filled, to sign (保护令申请书)",
      description = "A PDF pre-filled from the case, for the victim to sign; a logged reveal.")
  @APIResponse(
      responseCode = "200",
      description = "The application form",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "503",
      description = "The server has no CJK font to print with (SHOUHU_PDF_FONT)")
  public Response applicationForm(
      @PathParam("id") String id, @PathParam("orderId") String orderId) {
    return Response.ok(orders.applicationForm(CaseId.of(id), orderId), "application/pdf")
        .header("Content-Disposition", ContentDisposition.inline("人身安全保护令申请书.pdf"))
        .header("Cache-Control", "no-store")
        .build();
  }
}
