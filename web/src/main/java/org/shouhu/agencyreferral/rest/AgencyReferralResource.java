package org.shouhu.agencyreferral.rest;

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
import org.shouhu.agencyreferral.application.AgencyReferralSheet;
import org.shouhu.agencyreferral.application.AgencyReferrals;
import org.shouhu.agencyreferral.application.ReferralCommands;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;

/**
 * {@code POST /api/v1/cases/{id}/agency-referrals} {@code {"agency", "unit", "asked",
 * "referredAt"}} → 201 (a {@code REFERRAL_ANSWER} deadline on the case); {@code POST
 * …/agency-referrals/{referralId}/answer} {@code {"at", "answer"}} → 200. Any kind of case.
 */
@Tag(
    name = "agency-referrals",
    description = "Referrals to other agencies and their answers (转介其他机构)")
@Path("/v1/cases/{id}/agency-referrals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
public class AgencyReferralResource {

  @Inject AgencyReferrals referrals;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "referToAgency",
      summary = "Refer a case to another agency (转介其他机构)",
      description = "Starts the case's REFERRAL_ANSWER deadline; any kind of case.")
  @APIResponse(
      responseCode = "201",
      description = "The referral, with its due date (已转介)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AgencyReferralSheet.class)))
  public Response refer(@PathParam("id") String id, ReferralCommands.Referral referral) {
    return Response.status(Response.Status.CREATED)
        .entity(referrals.referCase(CaseId.of(id), Bodies.required(referral)))
        .build();
  }

  @POST
  @Path("/{referralId}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "answerAgencyReferral",
      summary = "Record an agency's answer to a referral (登记机构回复)")
  @APIResponse(
      responseCode = "200",
      description = "The referral with its answer",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AgencyReferralSheet.class)))
  @APIResponse(responseCode = "409", description = "The referral is already answered (已回复)")
  public AgencyReferralSheet answer(
      @PathParam("id") String id,
      @PathParam("referralId") String referralId,
      ReferralCommands.Answer answer) {
    return referrals.answerCase(CaseId.of(id), referralId, Bodies.required(answer));
  }
}
