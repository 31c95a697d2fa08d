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
public class AttachmentResource {

  @Inject Attachments attachments;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
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
  public byte[] thumbnail(
      @PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
    return attachments.thumbnail(CaseId.of(id), attachmentId);
  }

  @POST
  @Path("/{attachmentId}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
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
