package org.shouhu.welfare.rest;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;
import org.shouhu.welfare.application.SupportCommands;
import org.shouhu.welfare.application.SupportFileSheet;
import org.shouhu.welfare.application.SupportFiles;

/**
 * {@code POST /api/v1/cases/{id}/support-file} → 201 (APPLIED, a {@code SUPPORT_VERIFICATION}
 * deadline); {@code …/verification} (supervisor), {@code …/confirmation} and {@code …/end}
 * (caseworker), {@code …/review} (supervisor or caseworker, an extension: the annual review) → 200
 * (API.md "Orphans and de-facto unattended children").
 */
@Tag(
    name = "welfare",
    description = "Orphans' support, payment runs, rehabilitation grants (孤儿保障与康复救助)")
@Path("/v1/cases/{id}/support-file")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
public class SupportFileResource {

  @Inject SupportFiles files;

  @POST
  @Operation(
      operationId = "applySupportFile",
      summary = "Apply for basic living support (申请基本生活保障)",
      description = "On an ORPHAN_SUPPORT case; the file starts APPLIED.")
  @APIResponse(
      responseCode = "201",
      description = "The support file, APPLIED (已申请)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SupportFileSheet.class)))
  @APIResponse(responseCode = "409", description = "The case already has a support file (已有保障档案)")
  public Response apply(@PathParam("id") String id, SupportCommands.Application application) {
    return Response.status(Response.Status.CREATED)
        .entity(files.apply(CaseId.of(id), Bodies.required(application)))
        .build();
  }

  @POST
  @Path("/verification")
  @RolesAllowed(Role.Names.CHILD_SUPERVISOR)
  @Operation(operationId = "verifySupportFile", summary = "Verify or refuse a support file (街道审核)")
  @APIResponse(
      responseCode = "200",
      description = "The file, VERIFIED or REFUSED",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SupportFileSheet.class)))
  @APIResponse(
      responseCode = "409",
      description = "The file is not awaiting verification (不在待审核状态)")
  public SupportFileSheet verify(
      @PathParam("id") String id, SupportCommands.Verification decision) {
    return files.verify(CaseId.of(id), Bodies.required(decision));
  }

  @POST
  @Path("/confirmation")
  @RolesAllowed(Role.Names.CASEWORKER)
  @Operation(
      operationId = "confirmSupportFile",
      summary = "Confirm or refuse a support file (区级确认)",
      description = "Confirmation sets supportFrom, the month after.")
  @APIResponse(
      responseCode = "200",
      description = "The file, CONFIRMED or REFUSED",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SupportFileSheet.class)))
  @APIResponse(responseCode = "409", description = "The file is not verified (尚未审核)")
  public SupportFileSheet confirm(
      @PathParam("id") String id, SupportCommands.Confirmation decision) {
    return files.confirm(CaseId.of(id), Bodies.required(decision));
  }

  @POST
  @Path("/review")
  @RolesAllowed({Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  @Operation(
      operationId = "reviewSupportFile",
      summary = "Record a support file's annual review (年度复核)")
  @APIResponse(
      responseCode = "200",
      description = "The file, reviewed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SupportFileSheet.class)))
  @APIResponse(responseCode = "409", description = "The file is not confirmed (尚未确认)")
  public SupportFileSheet review(@PathParam("id") String id, SupportCommands.Review review) {
    return files.review(CaseId.of(id), review == null ? new SupportCommands.Review(null) : review);
  }

  @POST
  @Path("/end")
  @RolesAllowed(Role.Names.CASEWORKER)
  @Operation(operationId = "endSupportFile", summary = "End support (终止保障)")
  @APIResponse(
      responseCode = "200",
      description = "The file, ENDED",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SupportFileSheet.class)))
  @APIResponse(responseCode = "409", description = "The file is not confirmed (尚未确认)")
  public SupportFileSheet end(@PathParam("id") String id, SupportCommands.End end) {
    return files.end(CaseId.of(id), Bodies.required(end));
  }

  /** {@code GET …/support-file/refusal.pdf}: a refused file's written reasons, to hand over. */
  @jakarta.ws.rs.GET
  @Path("/refusal.pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "getSupportFileRefusalLetter",
      summary = "Print a refused support file's notice (不予纳入保障告知书)",
      description = "The written reasons of a refusal, as a PDF letter; logged.")
  @APIResponse(
      responseCode = "200",
      description = "The letter (PDF)",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "409", description = "The file is not refused (未被拒绝)")
  @APIResponse(responseCode = "503", description = "The server has no CJK font (缺少中文字体)")
  public Response refusalLetter(@PathParam("id") String id) {
    return Response.ok(files.refusalLetter(CaseId.of(id)), "application/pdf")
        .header(
            "Content-Disposition", org.shouhu.shared.web.ContentDisposition.inline("不予纳入保障告知书.pdf"))
        .build();
  }
}
