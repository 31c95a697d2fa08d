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
@Path("/v1/cases/{id}/support-file")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
public class SupportFileResource {

  @Inject SupportFiles files;

  @POST
  public Response apply(@PathParam("id") String id, SupportCommands.Application application) {
    return Response.status(Response.Status.CREATED)
        .entity(files.apply(CaseId.of(id), Bodies.required(application)))
        .build();
  }

  @POST
  @Path("/verification")
  @RolesAllowed(Role.Names.CHILD_SUPERVISOR)
  public SupportFileSheet verify(
      @PathParam("id") String id, SupportCommands.Verification decision) {
    return files.verify(CaseId.of(id), Bodies.required(decision));
  }

  @POST
  @Path("/confirmation")
  @RolesAllowed(Role.Names.CASEWORKER)
  public SupportFileSheet confirm(
      @PathParam("id") String id, SupportCommands.Confirmation decision) {
    return files.confirm(CaseId.of(id), Bodies.required(decision));
  }

  @POST
  @Path("/review")
  @RolesAllowed({Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public SupportFileSheet review(@PathParam("id") String id, SupportCommands.Review review) {
    return files.review(CaseId.of(id), review == null ? new SupportCommands.Review(null) : review);
  }

  @POST
  @Path("/end")
  @RolesAllowed(Role.Names.CASEWORKER)
  public SupportFileSheet end(@PathParam("id") String id, SupportCommands.End end) {
    return files.end(CaseId.of(id), Bodies.required(end));
  }

  /** {@code GET …/support-file/refusal.pdf}: a refused file's written reasons, to hand over. */
  @jakarta.ws.rs.GET
  @Path("/refusal.pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response refusalLetter(@PathParam("id") String id) {
    return Response.ok(files.refusalLetter(CaseId.of(id)), "application/pdf")
        .header(
            "Content-Disposition", org.shouhu.shared.web.ContentDisposition.inline("不予纳入保障告知书.pdf"))
        .build();
  }
}
