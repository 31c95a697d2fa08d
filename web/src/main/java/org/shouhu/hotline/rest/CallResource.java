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
@Path("/v1/calls")
@Produces(MediaType.APPLICATION_JSON)
public class CallResource {

  @Inject CallDesk desk;
  @Inject Calls calls;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER})
  public Response log(@HeaderParam("Idempotency-Key") String key, CallForm form) {
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
  public Calls.Page list(
      @QueryParam("line") String line,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("category") String category,
      @QueryParam("outcome") String outcome,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    CallQuery query = CallQuery.of(line, from, to, category, outcome, page, size);
    return calls.list(query.filter(), query.page(), query.size());
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER, Role.Names.CHILD_SUPERVISOR})
  public CallSheet read(@PathParam("id") String id, @QueryParam("reveal") String reveal) {
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
  public CallSheet answer(@PathParam("id") String id, ReferralCommands.Answer answer) {
    return calls.answerReferral(id, Bodies.required(answer));
  }

  @POST
  @Path("/{id}/handover")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER})
  public CallSheet handOver(@PathParam("id") String id, CallCommands.Handover handover) {
    return calls.handOver(id, Bodies.required(handover));
  }

  @POST
  @Path("/{id}/call-back")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER})
  public CallSheet calledBack(@PathParam("id") String id, CallCommands.CallBack callBack) {
    return calls.calledBack(id, Bodies.required(callBack));
  }
}
