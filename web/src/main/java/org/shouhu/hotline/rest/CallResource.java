package org.shouhu.hotline.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.agencyreferral.application.ReferralCommands;
import org.shouhu.casework.rest.CaseView;
import org.shouhu.hotline.application.CallCommands;
import org.shouhu.hotline.application.CallDesk;
import org.shouhu.hotline.application.CallForm;
import org.shouhu.hotline.application.CallSheet;
import org.shouhu.hotline.application.Calls;
import org.shouhu.intake.application.IntakeForm;
import org.shouhu.intake.application.IntakeResult;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;

/**
 * The hotline call log (API.md "Hotline calls"): {@code POST /api/v1/calls} logs a call ({@code
 * Idempotency-Key} as for intakes) and answers whether the caller called before, never with her
 * number; {@code GET /api/v1/calls} lists the calls in scope; {@code GET …/{id}} reads one ({@code
 * ?reveal=true} shows the number, logged); {@code POST …/{id}/case} turns it into a case (once);
 * {@code …/referral-answer}, {@code …/handover} and {@code …/call-back} record what followed.
 */
@Tag(name = "hotline", description = "12338 and 12349 hotline calls (热线来电)")
@Path("/v1/calls")
@Produces(MediaType.APPLICATION_JSON)
public class CallResource {

  @Inject CallDesk desk;
  @Inject Calls calls;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER})
  @Operation(
      operationId = "logCall",
      summary = "Log a hotline call (登记来电)",
      description =
          "Logs a call and answers whether the caller called before, never with her number.")
  @APIResponse(
      responseCode = "201",
      description = "The call, logged (已登记)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CallSheet.class)))
  @APIResponse(
      responseCode = "409",
      description = "The Idempotency-Key was used with another body, or is still in progress")
  public Response log(
      @Parameter(
              description =
                  "Optional key (at most 64 characters, per user): the same key and body answer"
                      + " the first result again",
              example = "3f2b7c1e-call-0001")
          @HeaderParam("Idempotency-Key")
          String key,
      CallForm form) {
    if (key != null && (key.isBlank() || key.length() > 64)) {
      throw InvalidInputException.of("Idempotency-Key", "validation.idempotencyKey");
    }
    CallSheet call = desk.log(Bodies.required(form), key, form.toString());
    return Response.created(uri.getBaseUriBuilder().path("v1/calls/{id}").build(call.id()))
        .entity(call)
        .build();
  }

  @GET
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER, Role.Names.CHILD_SUPERVISOR})
  @Operation(
      operationId = "listCalls",
      summary = "List hotline calls (来电列表)",
      description = "The calls in the caller's scope.")
  public Calls.Page list(
      @Parameter(description = "The line: 12338 or 12349", example = "12338") @QueryParam("line")
          String line,
      @Parameter(description = "First day (YYYY-MM-DD), included", example = "2026-04-01")
          @QueryParam("from")
          String from,
      @Parameter(description = "Last day (YYYY-MM-DD), included", example = "2026-04-30")
          @QueryParam("to")
          String to,
      @Parameter(description = "The call's category", example = "DOMESTIC_VIOLENCE")
          @QueryParam("category")
          String category,
      @Parameter(description = "ANSWERED, REFERRED or CASE", example = "REFERRED")
          @QueryParam("outcome")
          String outcome,
      @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page")
          String page,
      @Parameter(description = "Page size, 1-100 (default 20)", example = "20") @QueryParam("size")
          String size) {
    CallQuery query = CallQuery.of(line, from, to, category, outcome, page, size);
    return calls.list(query.filter(), query.page(), query.size());
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER, Role.Names.CHILD_SUPERVISOR})
  @Operation(
      operationId = "getCall",
      summary = "Read a hotline call (查看来电)",
      description = "The caller's number is masked unless revealed (logged).")
  public CallSheet read(
      @PathParam("id") String id,
      @Parameter(
              description =
                  "true shows the caller's number in full (operators and caseworkers; logged)",
              example = "false")
          @QueryParam("reveal")
          String reveal) {
    if (reveal != null && !reveal.equals("true") && !reveal.equals("false")) {
      calls.requireVisible(id, "READ");
      throw InvalidInputException.of("reveal", "validation.boolean");
    }
    return calls.read(id, "true".equals(reveal));
  }

  @POST
  @Path("/{id}/case")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER})
  @Operation(
      operationId = "createCaseFromCall",
      summary = "Turn a call into a case (来电转立案)",
      description = "Takes an intake body (its channel is the line's); a call becomes one case.")
  @APIResponse(
      responseCode = "201",
      description = "The case made from the call (已立案)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseView.class)))
  @APIResponse(responseCode = "409", description = "The call is already a case (该来电已立案)")
  public Response toCase(@PathParam("id") String id, IntakeForm form) {
    IntakeResult result = desk.toCase(id, Bodies.required(form));
    CaseView view = CaseView.of(result.sheet(), result.duplicates(), result.duplicateElsewhere());
    return Response.created(uri.getBaseUriBuilder().path("v1/cases/{id}").build(view.id()))
        .entity(view)
        .build();
  }

  @POST
  @Path("/{id}/referral-answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER})
  @Operation(
      operationId = "answerCallReferral",
      summary = "Record the answer to a call's referral (登记来电转介回复)")
  @APIResponse(
      responseCode = "200",
      description = "The call with the answer recorded",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CallSheet.class)))
  @APIResponse(responseCode = "409", description = "The referral is already answered (已回复)")
  public CallSheet answer(@PathParam("id") String id, ReferralCommands.Answer answer) {
    return calls.answerReferral(id, Bodies.required(answer));
  }

  @POST
  @Path("/{id}/handover")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER})
  @Operation(
      operationId = "handOverCall",
      summary = "Hand a call over to the other line (来电转线)",
      description = "To the other line, in one of its categories; not once the call is a case.")
  public CallSheet handOver(@PathParam("id") String id, CallCommands.Handover handover) {
    return calls.handOver(id, Bodies.required(handover));
  }

  @POST
  @Path("/{id}/call-back")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER})
  @Operation(operationId = "callBack", summary = "Record that the caller was called back (登记回拨)")
  @APIResponse(
      responseCode = "200",
      description = "The call with the call back recorded",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CallSheet.class)))
  @APIResponse(responseCode = "409", description = "The caller was already called back (已回拨)")
  public CallSheet calledBack(@PathParam("id") String id, CallCommands.CallBack callBack) {
    return calls.calledBack(id, Bodies.required(callBack));
  }
}
