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
import org.shouhu.casework.application.CaseLifecycle;
import org.shouhu.casework.application.CaseQueries;
import org.shouhu.casework.application.CaseSheet;
import org.shouhu.casework.application.CaseSheets;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.JsonInput;

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
  @Inject CaseBodies bodies;

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
  public CaseView get(@PathParam("id") String id, @QueryParam("reveal") boolean reveal) {
    return CaseView.of(
        reveal
            ? queries.reveal(id, CaseSheets.Depth.CASE)
            : queries.get(id, CaseSheets.Depth.CASE));
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
  public CaseView breakGlass(@PathParam("id") String id, String body) {
    JsonInput json = JsonInput.parse(body);
    String reason = json.string("reason");
    Boolean reveal = json.bool("reveal");
    json.requireWellTyped();
    return CaseView.of(breakGlass.read(id, reason, Boolean.TRUE.equals(reveal)));
  }

  /** The timeline, oldest first (403 for hotline operators and legal-aid officers). */
  @GET
  @Path("/{id}/timeline")
  public List<CaseSheet.EventSheet> timeline(@PathParam("id") String id) {
    return queries.timeline(id);
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
  public CaseView transition(@PathParam("id") String id, String body) {
    Transition t =
        bodies.read(
            id,
            "TRANSITION",
            body,
            json ->
                new Transition(
                    json.string("to"),
                    json.string("reason"),
                    json.string("referredTo"),
                    json.integer("version")));
    return CaseView.of(lifecycle.transition(id, t.to(), t.reason(), t.referredTo(), t.version()));
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
  public Response requestClosure(@PathParam("id") String id, String body) {
    Transition t =
        bodies.read(
            id,
            "CLOSURE_REQUEST",
            body,
            json -> new Transition(null, json.string("reason"), null, json.integer("version")));
    return Response.status(Response.Status.CREATED)
        .entity(CaseView.of(lifecycle.requestClosure(id, t.reason(), t.version())))
        .build();
  }

  @POST
  @Path("/{id}/closure-requests/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public CaseView decideClosure(@PathParam("id") String id, String body) {
    Decision d =
        bodies.read(
            id,
            "CLOSURE_DECISION",
            body,
            json -> new Decision(json.bool("approve"), json.string("reason")));
    return CaseView.of(lifecycle.decideClosure(id, d.approve(), d.reason(), null));
  }

  @POST
  @Path("/{id}/assignment")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public CaseView assign(@PathParam("id") String id, String body) {
    String assignee = bodies.read(id, "ASSIGN", body, json -> json.string("assignee"));
    return CaseView.of(lifecycle.assign(id, assignee, null));
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
  public Response recordVisit(@PathParam("id") String id, String body) {
    VisitFields v =
        bodies.read(
            id,
            "VISIT",
            body,
            json ->
                new VisitFields(
                    json.string("visitedAt"),
                    json.string("mode"),
                    json.string("notes"),
                    json.string("nextVisitDue")));
    return Response.status(Response.Status.CREATED)
        .entity(lifecycle.recordVisit(id, v.visitedAt(), v.mode(), v.notes(), v.nextVisitDue()))
        .build();
  }

  /** The fields of a visit. */
  private record VisitFields(String visitedAt, String mode, String notes, String nextVisitDue) {}

  /** The fields of a transition or closure request. */
  private record Transition(String to, String reason, String referredTo, Long version) {}

  /** A yes/no with its reason (closure decision). */
  private record Decision(Boolean approve, String reason) {}
}
