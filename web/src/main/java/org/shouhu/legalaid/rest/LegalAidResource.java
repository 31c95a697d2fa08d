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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(name = "legal-aid", description = "Legal aid referrals (法律援助)")
@Path("/v1/legal-aid-referrals")
@Produces(MediaType.APPLICATION_JSON)
public class LegalAidResource {

  @Inject LegalAidReferrals referrals;

  @GET
  @RolesAllowed(Role.Names.LEGAL_AID_OFFICER)
  @Operation(
      operationId = "listLegalAidReferrals",
      summary = "List the district's legal aid referrals (法律援助转介列表)",
      description = "Newest first.")
  public ReferralSheet.Page list(
      @Parameter(
              description =
                  "REFERRED, MATERIALS_NEEDED, ACCEPTED, DECLINED, CONCLUDED, or OPEN (still being"
                      + " worked)",
              example = "OPEN")
          @QueryParam("status")
          String status,
      @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page")
          String page,
      @Parameter(description = "Page size, 1-100 (default 20)", example = "20") @QueryParam("size")
          String size) {
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
  @Operation(operationId = "getLegalAidReferral", summary = "Read a legal aid referral (查看法律援助转介)")
  public ReferralSheet get(@PathParam("id") String id) {
    return referrals.get(id);
  }

  @POST
  @Path("/{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.LEGAL_AID_OFFICER)
  @Operation(
      operationId = "decideLegalAidReferral",
      summary = "Decide on a legal aid referral (法律援助审查决定)",
      description = "ACCEPTED, DECLINED (with reasons) or MATERIALS_NEEDED, within 7 days.")
  @APIResponse(
      responseCode = "200",
      description = "The referral, decided",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReferralSheet.class)))
  @APIResponse(responseCode = "409", description = "The referral is already decided (已作出决定)")
  public ReferralSheet decide(@PathParam("id") String id, LegalAidCommands.Decision decision) {
    return referrals.decide(id, Bodies.required(decision));
  }

  @POST
  @Path("/{id}/materials")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.LEGAL_AID_OFFICER)
  @Operation(
      operationId = "recordLegalAidMaterials",
      summary = "Record that the requested materials arrived (材料已补齐)",
      description = "The 7 days for the decision start again.")
  @APIResponse(
      responseCode = "200",
      description = "The referral, REFERRED again",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReferralSheet.class)))
  @APIResponse(responseCode = "409", description = "No materials were asked for (未要求补充材料)")
  public ReferralSheet materials(@PathParam("id") String id, LegalAidCommands.Materials m) {
    return referrals.materialsArrived(id, Bodies.required(m));
  }

  @POST
  @Path("/{id}/lawyer")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.LEGAL_AID_OFFICER)
  @Operation(operationId = "assignLegalAidLawyer", summary = "Assign a legal aid lawyer (指派律师)")
  @APIResponse(
      responseCode = "200",
      description = "The referral with its lawyer",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReferralSheet.class)))
  @APIResponse(
      responseCode = "409",
      description = "The referral is declined or concluded (已拒绝或已结案)")
  public ReferralSheet lawyer(@PathParam("id") String id, LegalAidCommands.Lawyer lawyer) {
    return referrals.assignLawyer(id, Bodies.required(lawyer));
  }

  @POST
  @Path("/{id}/outcome")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.LEGAL_AID_OFFICER)
  @Operation(
      operationId = "recordLegalAidOutcome",
      summary = "Record the outcome of legal aid (登记援助结果)")
  @APIResponse(
      responseCode = "200",
      description = "The referral, CONCLUDED",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReferralSheet.class)))
  @APIResponse(responseCode = "409", description = "The referral is not accepted (未受理)")
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
  @Operation(
      operationId = "getLegalAidDecisionLetter",
      summary = "Print the refusal of legal aid (不予法律援助决定书)",
      description = "The written refusal of a DECLINED referral, as PDF; logged.")
  @APIResponse(
      responseCode = "200",
      description = "The letter (PDF)",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "409", description = "The referral is not declined (未被拒绝)")
  @APIResponse(responseCode = "503", description = "The server has no CJK font (缺少中文字体)")
  public Response letter(@PathParam("id") String id) {
    LegalAidReferrals.Letter letter = referrals.decisionLetter(id);
    return Response.ok(letter.content(), "application/pdf")
        .header("Content-Disposition", ContentDisposition.attachment(letter.name()))
        .build();
  }
}
