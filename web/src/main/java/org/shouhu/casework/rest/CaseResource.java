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
import org.shouhu.casework.application.CaseLifecycle;
import org.shouhu.casework.application.CaseQueries;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseEvent;
import org.shouhu.legalaid.application.LegalAidReferrals;
import org.shouhu.legalaid.domain.LegalAidReferral;
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
    if (query.onlyOverdue()) {
      return new CasePage(List.of(), 0);
    }
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
    queries.get(id);
    JsonInput json = JsonInput.parse(body);
    String to = json.string("to");
    String reason = json.string("reason");
    String referredTo = json.string("referredTo");
    Long version = json.integer("version");
    json.requireWellTyped();
    return view(lifecycle.transition(id, to, reason, referredTo, version));
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
    queries.get(id);
    JsonInput json = JsonInput.parse(body);
    String reason = json.string("reason");
    Long version = json.integer("version");
    json.requireWellTyped();
    return Response.status(Response.Status.CREATED)
        .entity(view(lifecycle.requestClosure(id, reason, version)))
        .build();
  }

  @POST
  @Path("/{id}/closure-requests/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public CaseView decideClosure(@PathParam("id") String id, String body) {
    queries.get(id);
    JsonInput json = JsonInput.parse(body);
    Boolean approve = json.bool("approve");
    String reason = json.string("reason");
    json.requireWellTyped();
    if (approve == null) {
      throw org.shouhu.shared.domain.InvalidInputException.of("approve", "validation.required");
    }
    return view(lifecycle.decideClosure(id, approve, reason));
  }

  @POST
  @Path("/{id}/assignment")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public CaseView assign(@PathParam("id") String id, String body) {
    queries.get(id);
    JsonInput json = JsonInput.parse(body);
    String assignee = json.string("assignee");
    json.requireWellTyped();
    return view(lifecycle.assign(id, assignee));
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
    queries.get(id);
    JsonInput json = JsonInput.parse(body);
    String reason = json.string("reason");
    Boolean consent = json.bool("consent");
    json.requireWellTyped();
    LegalAidReferral referral = referrals.refer(id, reason, Boolean.TRUE.equals(consent));
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

  private CaseView view(Case c) {
    return CaseView.of(c, queries.seesLegalAidViewOnly());
  }

  private static EventView event(CaseEvent e) {
    return new EventView(Times.format(e.at()), e.user(), e.type().name(), e.detail());
  }
}
