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
import org.shouhu.casework.application.BreakGlass;
import org.shouhu.casework.application.CaseCommands;
import org.shouhu.casework.application.CaseLifecycle;
import org.shouhu.casework.application.CaseQueries;
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
public class CaseResource {

  @Inject CaseQueries queries;
  @Inject CaseLifecycle lifecycle;
  @Inject BreakGlass breakGlass;

  /** A page of cases: {@code {"items": [...], "total": n}}. */
  public record CasePage(List<CaseView> items, long total) {}

  @GET
  public CasePage search(
      @QueryParam("kind") String kind,
      @QueryParam("status") String status,
      @QueryParam("q") String q,
      @QueryParam("overdue") String overdue,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
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
  public CaseView get(@PathParam("id") String id, @QueryParam("reveal") String reveal) {
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
  public CaseView breakGlass(@PathParam("id") String id, CaseCommands.BreakGlassRead read) {
    return CaseView.of(breakGlass.read(CaseId.of(id), Bodies.required(read)));
  }

  /** The timeline, oldest first (403 for hotline operators and legal-aid officers). */
  @GET
  @Path("/{id}/timeline")
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
  public Response requestClosure(@PathParam("id") String id, CaseCommands.Closure request) {
    return Response.status(Response.Status.CREATED)
        .entity(CaseView.of(lifecycle.requestClosure(CaseId.of(id), Bodies.required(request))))
        .build();
  }

  @POST
  @Path("/{id}/closure-requests/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public CaseView decideClosure(@PathParam("id") String id, CaseCommands.ClosureDecision decision) {
    return CaseView.of(lifecycle.decideClosure(CaseId.of(id), Bodies.required(decision), null));
  }

  @POST
  @Path("/{id}/assignment")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
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
