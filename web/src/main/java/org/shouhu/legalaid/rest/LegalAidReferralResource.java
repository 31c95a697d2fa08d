package org.shouhu.legalaid.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.legalaid.application.LegalAidReferrals;
import org.shouhu.legalaid.application.ReferralCommand;
import org.shouhu.legalaid.application.ReferralSheet;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;

/**
 * {@code POST /api/v1/cases/{id}/legal-aid-referrals} {@code {"reason", "consent": true}} or {@code
 * {"reason", "consentBasis": "GUARDIAN_IS_RESPONDENT | URGENT"}} → 201 with the referral (API.md
 * "Legal aid"); neither consent nor basis is 422.
 */
@Tag(name = "legal-aid", description = "Legal aid referrals (法律援助)")
@Path("/v1/cases/{id}/legal-aid-referrals")
@Produces(MediaType.APPLICATION_JSON)
public class LegalAidReferralResource {

  @Inject LegalAidReferrals referrals;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Role.Names.CHILD_DIRECTOR,
    Role.Names.CHILD_SUPERVISOR,
    Role.Names.CASEWORKER,
    Role.Names.HOTLINE_OPERATOR
  })
  @Operation(
      operationId = "referToLegalAid",
      summary = "Refer a case to legal aid (转介法律援助)",
      description = "Needs the subject's consent, or a basis (GUARDIAN_IS_RESPONDENT, URGENT).")
  @APIResponse(
      responseCode = "201",
      description = "The referral (已转介)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReferralSheet.class)))
  public Response refer(@PathParam("id") String id, ReferralCommand referral) {
    ReferralSheet referred = referrals.refer(CaseId.of(id), Bodies.required(referral));
    return Response.status(Response.Status.CREATED).entity(referred).build();
  }
}
