package org.shouhu.welfare.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;
import org.shouhu.shared.web.ContentDisposition;
import org.shouhu.welfare.application.PaymentRuns;

/**
 * {@code POST /api/v1/payment-runs} {@code {"month"}} (caseworker) → 202 with the run; {@code GET
 * /api/v1/payment-runs[/{id}]} → the runs, a run with its items when done; {@code GET
 * …/{id}/bank-file} → the XLSX with payees and accounts (logged).
 */
@Path("/v1/payment-runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.CASEWORKER)
public class PaymentRunResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject PaymentRuns runs;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(PaymentRuns.Start start) {
    return Response.accepted(runs.start(Bodies.required(start))).build();
  }

  @GET
  public List<PaymentRuns.RunSheet> recent() {
    return runs.recent();
  }

  @GET
  @Path("/{id}")
  public PaymentRuns.RunSheet read(@PathParam("id") String id) {
    return runs.read(id);
  }

  @GET
  @Path("/{id}/bank-file")
  @Produces({XLSX, MediaType.APPLICATION_JSON})
  public Response bankFile(@PathParam("id") String id) {
    PaymentRuns.BankFile file = runs.bankFile(id);
    return Response.ok(file.content(), XLSX)
        .header("Content-Disposition", ContentDisposition.attachment(file.name()))
        .build();
  }
}
