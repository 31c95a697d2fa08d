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
import java.util.function.Function;
import org.shouhu.casework.application.CaseLifecycle;
import org.shouhu.casework.application.CaseQueries;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseEvent;
import org.shouhu.legalaid.application.LegalAidReferrals;
import org.shouhu.legalaid.domain.LegalAidReferral;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.JsonInput;
import org.shouhu.shared.rest.Times;

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
  @Inject LegalAidReferrals referrals;

  /** A page of cases: {@code {"items": [...], "total": n}}. */
  public record CasePage(List<CaseView> items, long total) {}

  /** One timeline entry. */
  public record EventView(String at, String user, String type, String detail) {}

  /** A referral to legal aid. */
  public record ReferralView(
      String id,
      String caseId,
      String status,
      String reason,
      boolean consent,
      String referredBy,
      String referredAt) {}

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
    boolean legalAidView = queries.seesLegalAidViewOnly();
    return new CasePage(
        result.items().stream().map(c -> CaseView.of(c, legalAidView)).toList(), result.total());
  }

  /**
   * The case; ID and phone numbers masked, unless {@code reveal=true}, which is logged as a reveal
   * of its own.
   */
  @GET
  @Path("/{id}")
  public CaseView get(@PathParam("id") String id, @QueryParam("reveal") boolean reveal) {
    if (reveal) {
      return CaseView.of(queries.reveal(id), queries.seesLegalAidViewOnly(), true);
    }
    return view(queries.get(id));
  }

  /**
   * Break-glass: a child director or street supervisor reads a case outside her jurisdiction,
   * giving a reason (required). The access is flagged in the log and listed for the case's own
   * supervisor ({@code GET /api/v1/notices}) and the auditors.
   */
  @POST
  @Path("/{id}/break-glass")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR})
  public CaseView breakGlass(@PathParam("id") String id, String body) {
    JsonInput json = JsonInput.parse(body);
    String reason = json.string("reason");
    json.requireWellTyped();
    return CaseView.of(queries.breakGlass(id, reason), false);
  }

  @GET
  @Path("/{id}/timeline")
  public List<EventView> timeline(@PathParam("id") String id) {
    return queries.get(id).events().stream().map(CaseResource::event).toList();
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
        read(
            id,
            body,
            json ->
                new Transition(
                    json.string("to"),
                    json.string("reason"),
                    json.string("referredTo"),
                    json.integer("version")));
    return view(lifecycle.transition(id, t.to(), t.reason(), t.referredTo(), t.version()));
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
        read(
            id,
            body,
            json -> new Transition(null, json.string("reason"), null, json.integer("version")));
    return Response.status(Response.Status.CREATED)
        .entity(view(lifecycle.requestClosure(id, t.reason(), t.version())))
        .build();
  }

  @POST
  @Path("/{id}/closure-requests/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public CaseView decideClosure(@PathParam("id") String id, String body) {
    Decision d = read(id, body, json -> new Decision(json.bool("approve"), json.string("reason")));
    return view(lifecycle.decideClosure(id, d.approve(), d.reason()));
  }

  @POST
  @Path("/{id}/assignment")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public CaseView assign(@PathParam("id") String id, String body) {
    return view(lifecycle.assign(id, read(id, body, json -> json.string("assignee"))));
  }

  @POST
  @Path("/{id}/legal-aid-referrals")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Role.Names.CHILD_DIRECTOR,
    Role.Names.CHILD_SUPERVISOR,
    Role.Names.CASEWORKER,
    Role.Names.HOTLINE_OPERATOR
  })
  public Response referToLegalAid(@PathParam("id") String id, String body) {
    Decision d = read(id, body, json -> new Decision(json.bool("consent"), json.string("reason")));
    LegalAidReferral referral = referrals.refer(id, d.reason(), Boolean.TRUE.equals(d.approve()));
    return Response.status(Response.Status.CREATED)
        .entity(
            new ReferralView(
                referral.id(),
                referral.caseId(),
                referral.status().name(),
                referral.reason(),
                referral.consent(),
                referral.referredBy(),
                Times.format(referral.referredAt())))
        .build();
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
        read(
            id,
            body,
            json ->
                new VisitFields(
                    json.string("visitedAt"),
                    json.string("mode"),
                    json.string("notes"),
                    json.string("nextVisitDue")));
    return Response.status(Response.Status.CREATED)
        .entity(
            CaseView.VisitView.of(
                lifecycle.recordVisit(id, v.visitedAt(), v.mode(), v.notes(), v.nextVisitDue())))
        .build();
  }

  /** The fields of a visit. */
  private record VisitFields(String visitedAt, String mode, String notes, String nextVisitDue) {}

  /** The fields of a transition or closure request. */
  private record Transition(String to, String reason, String referredTo, Long version) {}

  /** A yes/no with its reason (closure decision, referral consent). */
  private record Decision(Boolean approve, String reason) {}

  /**
   * Reads the body of an action on case {@code id}. API.md orders 404 before 400: a malformed body
   * is refused as such only when the case exists for the caller (a well-formed one goes on to the
   * service, which loads the case once).
   */
  private <T> T read(String id, String body, Function<JsonInput, T> fields) {
    try {
      JsonInput json = JsonInput.parse(body);
      T value = fields.apply(json);
      json.requireWellTyped();
      return value;
    } catch (InvalidInputException malformed) {
      queries.requireVisible(id);
      throw malformed;
    }
  }

  private CaseView view(Case c) {
    return CaseView.of(c, queries.seesLegalAidViewOnly());
  }

  private static EventView event(CaseEvent e) {
    return new EventView(Times.format(e.at()), e.user(), e.type().name(), e.detail());
  }
}
