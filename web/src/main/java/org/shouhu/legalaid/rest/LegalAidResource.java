package org.shouhu.legalaid.rest;

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
import org.shouhu.legalaid.application.LegalAidCommands;
import org.shouhu.legalaid.application.LegalAidReferrals;
import org.shouhu.legalaid.application.ReferralSheet;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;
import org.shouhu.shared.rest.Paging;
import org.shouhu.shared.web.ContentDisposition;

/**
 * The legal-aid centre's work (API.md "Legal aid"): {@code GET /api/v1/legal-aid-referrals?status=
 * &page=&size=} → {@code {"items", "total"}}, the referrals of the officer's district; {@code GET
 * …/{id}}; {@code POST …/{id}/decision}, {@code …/materials}, {@code …/lawyer}, {@code …/outcome} →
 * 200 with the referral; {@code GET …/{id}/decision-letter} → the written refusal (PDF). A referral
 * the caller may not see is 404.
 */
@Path("/v1/legal-aid-referrals")
@Produces(MediaType.APPLICATION_JSON)
public class LegalAidResource {

  @Inject LegalAidReferrals referrals;

  @GET
  @RolesAllowed(Role.Names.LEGAL_AID_OFFICER)
  public ReferralSheet.Page list(
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Paging paging = Paging.of(page, size);
    return referrals.list(status, paging.page(), paging.size());
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({
    Role.Names.LEGAL_AID_OFFICER,
    Role.Names.CHILD_DIRECTOR,
    Role.Names.CHILD_SUPERVISOR,
    Role.Names.CASEWORKER
  })
  public ReferralSheet get(@PathParam("id") String id) {
    return referrals.get(id);
  }

  @POST
  @Path("/{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.LEGAL_AID_OFFICER)
  public ReferralSheet decide(@PathParam("id") String id, LegalAidCommands.Decision decision) {
    return referrals.decide(id, Bodies.required(decision));
  }

  @POST
  @Path("/{id}/materials")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.LEGAL_AID_OFFICER)
  public ReferralSheet materials(@PathParam("id") String id, LegalAidCommands.Materials m) {
    return referrals.materialsArrived(id, Bodies.required(m));
  }

  @POST
  @Path("/{id}/lawyer")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.LEGAL_AID_OFFICER)
  public ReferralSheet lawyer(@PathParam("id") String id, LegalAidCommands.Lawyer lawyer) {
    return referrals.assignLawyer(id, Bodies.required(lawyer));
  }

  @POST
  @Path("/{id}/outcome")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.LEGAL_AID_OFFICER)
  public ReferralSheet outcome(@PathParam("id") String id, LegalAidCommands.Outcome outcome) {
    return referrals.conclude(id, Bodies.required(outcome));
  }

  @GET
  @Path("/{id}/decision-letter")
  @RolesAllowed({
    Role.Names.LEGAL_AID_OFFICER,
    Role.Names.CHILD_DIRECTOR,
    Role.Names.CHILD_SUPERVISOR,
    Role.Names.CASEWORKER
  })
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response letter(@PathParam("id") String id) {
    LegalAidReferrals.Letter letter = referrals.decisionLetter(id);
    return Response.ok(letter.content(), "application/pdf")
        .header("Content-Disposition", ContentDisposition.attachment(letter.name()))
        .build();
  }
}
