package org.shouhu.casework.rest;

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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.casework.application.BreakGlass;
import org.shouhu.casework.application.CaseCommands;
import org.shouhu.casework.application.CaseLifecycle;
import org.shouhu.casework.application.CaseQueries;
import org.shouhu.casework.application.CaseSheet;
import org.shouhu.casework.application.CaseSheets;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;

/**
 * {@code /api/v1/cases}: reading, searching and working cases (API.md "Cases"). Reads are open to
 * every authenticated user and scoped by role and jurisdiction (a case outside the scope is 404);
 * changes need a working role (403 otherwise).
 */
@Path("/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cases", description = "Cases: lifecycle, visits, files, deadlines (个案)")
public class CaseResource {

  @Inject CaseQueries queries;
  @Inject CaseLifecycle lifecycle;
  @Inject BreakGlass breakGlass;

  /** A page of cases: {@code {"items": [...], "total": n}}. */
  public record CasePage(List<CaseView> items, long total) {}

  @GET
  @Operation(
      operationId = "listCases",
      summary = "List cases (个案列表)",
      description =
          "A page of the cases within the caller's jurisdiction: {items, total}. q matches a"
              + " case number, or a subject's full name or ID number, exactly (never a substring).")
  public CasePage search(
      @Parameter(description = "Only cases of this kind", example = "CHILD_PROTECTION")
          @QueryParam("kind")
          String kind,
      @Parameter(description = "Only cases in this status", example = "INTAKE")
          @QueryParam("status")
          String status,
      @Parameter(
              description = "A case number, or a subject's full name or ID number, matched exactly",
              example = "XG-2026-000123")
          @QueryParam("q")
          String q,
      @Parameter(
              description = "true: only cases with an overdue deadline; false: only those without",
              example = "true")
          @QueryParam("overdue")
          String overdue,
      @Parameter(description = "The page, from 0", example = "0") @QueryParam("page") String page,
      @Parameter(description = "Cases per page, 1–100 (default 20)", example = "20")
          @QueryParam("size")
          String size) {
    CaseListQuery query = CaseListQuery.of(kind, status, q, overdue, page, size);
    CaseQueries.Page result = queries.search(query.filter(), query.page(), query.size());
    return new CasePage(result.items().stream().map(CaseView::of).toList(), result.total());
  }

  /**
   * The case; ID and phone numbers and addresses masked, unless {@code reveal=true}, which is
   * logged as a reveal of its own (403 for legal-aid officers, who never reveal).
   */
  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getCase",
      summary = "Read a case (查看个案)",
      description =
          "The case; ID and phone numbers and addresses masked unless reveal=true, which is"
              + " logged as a reveal of its own. Reading is logged.")
  public CaseView get(
      @PathParam("id") String id,
      @Parameter(
              description =
                  "true shows ID and phone numbers and addresses in full to those allowed, logged"
                      + " as a reveal; absent or false masks them",
              example = "false")
          @QueryParam("reveal")
          String reveal) {
    CaseId caseId = CaseId.of(id);
    return CaseView.of(
        revealing(reveal)
            ? queries.reveal(caseId, CaseSheets.Depth.CASE)
            : queries.get(caseId, CaseSheets.Depth.CASE));
  }

  /**
   * Break-glass: a child director or street supervisor reads a case outside her jurisdiction,
   * giving a reason (required; {@code "reveal": true} also shows the numbers in full). At most a
   * configured number a day (429 beyond). The access is flagged in the log and listed for the
   * case's own supervisor ({@code GET /api/v1/notices}), who is also told by mail, and the
   * auditors. The answer is the break-glass view, with the case's {@code timeline}.
   */
  @POST
  @Path("/{id}/break-glass")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR})
  @Operation(
      operationId = "breakGlassCase",
      summary = "Read a case outside one's scope, with a reason (紧急调阅)",
      description =
          "A child director or street supervisor reads a case outside her jurisdiction, giving"
              + " a reason; flagged in the access log and listed to the case's supervisor and the"
              + " auditors. A limited number a day.")
  @APIResponse(
      responseCode = "200",
      description = "The break-glass view of the case, with its timeline",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseView.class)))
  @APIResponse(
      responseCode = "429",
      description =
          "The daily number of break-glass reads is used up (Retry-After says until when)")
  public CaseView breakGlass(@PathParam("id") String id, CaseCommands.BreakGlassRead read) {
    return CaseView.of(breakGlass.read(CaseId.of(id), Bodies.required(read)));
  }

  /** The timeline, oldest first (403 for hotline operators and legal-aid officers). */
  @GET
  @Path("/{id}/timeline")
  @Operation(
      operationId = "readTimeline",
      summary = "Read a case's timeline (个案时间线)",
      description = "The case's events, oldest first: {at, user, type, detail}.")
  public List<CaseView.EventView> timeline(@PathParam("id") String id) {
    return queries.timeline(CaseId.of(id)).stream().map(CaseView.EventView::of).toList();
  }

  @POST
  @Path("/{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Role.Names.HOTLINE_OPERATOR,
    Role.Names.CHILD_DIRECTOR,
    Role.Names.CHILD_SUPERVISOR,
    Role.Names.CASEWORKER
  })
  @Operation(
      operationId = "moveCase",
      summary = "Move a case to another status (个案流转)",
      description =
          "Moves the case, seen at version, to the status \"to\"; a transition not allowed from"
              + " the current status is 422 naming the allowed ones. Closing goes through a"
              + " closure request.")
  @APIResponse(
      responseCode = "200",
      description = "The case in its new status",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseView.class)))
  @APIResponse(responseCode = "409", description = "The case's version is stale")
  public CaseView transition(@PathParam("id") String id, CaseCommands.Transition move) {
    return CaseView.of(lifecycle.transition(CaseId.of(id), Bodies.required(move)));
  }

  @POST
  @Path("/{id}/closure-requests")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Role.Names.CHILD_DIRECTOR,
    Role.Names.CHILD_SUPERVISOR,
    Role.Names.CASEWORKER,
    Role.Names.HOTLINE_OPERATOR
  })
  @Operation(
      operationId = "requestClosure",
      summary = "Request a case's closure (申请结案)",
      description =
          "From FOLLOW_UP, or from ASSESSMENT when the assessment found no need to intervene;"
              + " decided by the street supervisor or a caseworker, never the requester.")
  @APIResponse(
      responseCode = "201",
      description = "The case, with its closure request",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseView.class)))
  @APIResponse(responseCode = "409", description = "The case's version is stale")
  public Response requestClosure(@PathParam("id") String id, CaseCommands.Closure request) {
    return Response.status(Response.Status.CREATED)
        .entity(CaseView.of(lifecycle.requestClosure(CaseId.of(id), Bodies.required(request))))
        .build();
  }

  @POST
  @Path("/{id}/closure-requests/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  @Operation(
      operationId = "decideClosure",
      summary = "Approve or reject a closure request (审批结案)",
      description =
          "By the case's street supervisor or a caseworker, never the requester: approved, the case"
              + " is CLOSED; rejected, it stays as it was, with the rejection on its timeline.")
  public CaseView decideClosure(@PathParam("id") String id, CaseCommands.ClosureDecision decision) {
    return CaseView.of(lifecycle.decideClosure(CaseId.of(id), Bodies.required(decision), null));
  }

  @POST
  @Path("/{id}/assignment")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  @Operation(operationId = "assignCase", summary = "Assign a case to a user (分派个案)")
  public CaseView assign(@PathParam("id") String id, CaseCommands.Assignment assignment) {
    return CaseView.of(lifecycle.assign(CaseId.of(id), Bodies.required(assignment), null));
  }

  /**
   * Records a visit or contact: {@code {"visitedAt", "mode": "HOME | OFFICE | PHONE | SCHOOL",
   * "notes", "nextVisitDue": "2026-04-10"}} → 201 with the visit. Not for closed or not-accepted
   * cases (422); a {@code visitedAt} in the future is 422. It meets the first-contact or follow-up
   * deadline it answers.
   */
  @POST
  @Path("/{id}/visits")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  @Operation(
      operationId = "recordVisit",
      summary = "Record a visit or contact (记录走访)",
      description =
          "Not for closed or not-accepted cases; a visitedAt in the future is 422. It meets the"
              + " first-contact or follow-up deadline it answers.")
  @APIResponse(
      responseCode = "201",
      description = "The recorded visit",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseSheet.VisitSheet.class)))
  public Response recordVisit(@PathParam("id") String id, CaseCommands.VisitRecord visit) {
    return Response.status(Response.Status.CREATED)
        .entity(lifecycle.recordVisit(CaseId.of(id), Bodies.required(visit)))
        .build();
  }

  /** {@code reveal}: true or false (absent is false); anything else is 422. */
  private static boolean revealing(String reveal) {
    if (reveal == null || reveal.isBlank() || reveal.equals("false")) {
      return false;
    }
    if (reveal.equals("true")) {
      return true;
    }
    throw InvalidInputException.of("reveal", "validation.boolean");
  }
}
