package org.shouhu.casework.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.casework.application.AttachmentSheet;
import org.shouhu.casework.application.AttachmentUpload;
import org.shouhu.casework.application.AttachmentWithdrawal;
import org.shouhu.casework.application.Attachments;
import org.shouhu.casework.application.FileContents;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;
import org.shouhu.shared.web.ContentDisposition;

/**
 * {@code /api/v1/cases/{id}/attachments} (API.md "Attachments"): upload ({@code
 * multipart/form-data}: {@code file}, {@code label}, {@code note}; PDF, JPEG or PNG by content, at
 * most 10 MiB), download as an attachment with the stored type, a PNG thumbnail of an image, and
 * withdrawal with a reason. Only to those who may see the case's files (404 otherwise).
 */
@Path("/v1/cases/{id}/attachments")
@Tag(name = "cases", description = "Cases: lifecycle, visits, files, deadlines (个案)")
public class AttachmentResource {

  /** The upload's form, as the OpenAPI document describes it (the method reads its parts). */
  @Schema(
      name = "AttachmentUploadForm",
      requiredProperties = {"file", "label"})
  public record UploadForm(
      @Schema(
              type = SchemaType.STRING,
              format = "binary",
              description = "A PDF, JPEG or PNG of at most 10 MiB; its name is kept as uploaded")
          String file,
      @Schema(
              enumeration = {
                "PHOTO",
                "MEDICAL_REPORT",
                "POLICE_WARNING",
                "COURT_RULING",
                "SCHOOL_LETTER",
                "APPLICATION",
                "OTHER"
              },
              description = "What the file is (the attachment-label list)",
              examples = "MEDICAL_REPORT")
          String label,
      @Schema(maxLength = 1000, description = "A note on the file", examples = "医院诊断证明")
          String note) {}

  @Inject Attachments attachments;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  @Operation(
      operationId = "uploadAttachment",
      summary = "Upload a file to a case (上传附件)",
      description =
          "multipart/form-data with file, label and note: a PDF, JPEG or PNG recognised by its"
              + " content, not its name, of at most 10 MiB.")
  @APIResponse(
      responseCode = "201",
      description = "The stored file: id, name, contentType, size, sha256, label",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AttachmentSheet.class)))
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema = @Schema(implementation = UploadForm.class)))
  @APIResponse(responseCode = "413", description = "The file is larger than 10 MiB")
  @APIResponse(
      responseCode = "415",
      description = "The file is not a PDF, JPEG or PNG by its content")
  public Response upload(
      @PathParam("id") String id,
      @FormParam("file") EntityPart file,
      @FormParam("label") EntityPart label,
      @FormParam("note") EntityPart note) {
    AttachmentSheet stored =
        attachments.upload( // no file: 422 on "file" once the case is known to be the caller's
            CaseId.of(id),
            new AttachmentUpload(
                file == null ? null : FileContents.read(file.getContent()),
                file == null ? null : file.getFileName().orElse(null),
                text(label),
                text(note)));
    return Response.status(Response.Status.CREATED).entity(stored).build();
  }

  /** The bytes, with the stored type, to be saved ({@code Content-Disposition: attachment}). */
  @GET
  @Path("/{attachmentId}")
  @Operation(
      operationId = "getAttachment",
      summary = "Download a case's file (下载附件)",
      description =
          "The bytes with the stored content type and Content-Disposition: attachment, only to"
              + " those who may read the case's files.")
  @APIResponse(
      responseCode = "200",
      description = "The file",
      content = {
        @Content(
            mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "image/jpeg",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "image/png",
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  public Response download(
      @PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
    Attachments.Download file = attachments.download(CaseId.of(id), attachmentId);
    return Response.ok(file.bytes(), file.contentType())
        .header("Content-Disposition", ContentDisposition.attachment(file.name()))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @GET
  @Path("/{attachmentId}/thumbnail")
  @Produces("image/png")
  @Operation(
      operationId = "getAttachmentThumbnail",
      summary = "A PNG thumbnail of an image file (附件缩略图)")
  @APIResponse(
      responseCode = "200",
      description = "The thumbnail",
      content =
          @Content(
              mediaType = "image/png",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public byte[] thumbnail(
      @PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
    return attachments.thumbnail(CaseId.of(id), attachmentId);
  }

  @POST
  @Path("/{attachmentId}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  @Operation(
      operationId = "withdrawAttachment",
      summary = "Withdraw a case's file, with a reason (撤回附件)")
  @APIResponse(responseCode = "204", description = "Withdrawn")
  public Response withdraw(
      @PathParam("id") String id,
      @PathParam("attachmentId") String attachmentId,
      AttachmentWithdrawal withdrawal) {
    attachments.withdraw(CaseId.of(id), attachmentId, Bodies.required(withdrawal));
    return Response.noContent().build();
  }

  /**
   * A form field's text. Browsers and curl send the page's encoding, UTF-8, without saying so; the
   * platform would read undeclared text as ISO-8859-1.
   */
  private static String text(EntityPart field) {
    if (field == null) {
      return null;
    }
    try (InputStream in = field.getContent()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
