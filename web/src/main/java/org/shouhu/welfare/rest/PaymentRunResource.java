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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;
import org.shouhu.shared.web.ContentDisposition;
import org.shouhu.welfare.application.PaymentRuns;

/**
 * {@code POST /api/v1/payment-runs} {@code {"month"}} (caseworker) → 202 with the run; {@code GET
 * /api/v1/payment-runs[/{id}]} → the runs, a run with its items when done; {@code GET
 * …/{id}/bank-file} → the XLSX with payees and accounts (logged).
 */
@Tag(
    name = "welfare",
    description = "Orphans' support, payment runs, rehabilitation grants (孤儿保障与康复救助)")
@Path("/v1/payment-runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.CASEWORKER)
public class PaymentRunResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject PaymentRuns runs;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "startPaymentRun",
      summary = "Start a monthly payment run (发起月度发放)",
      description =
          "Pays every confirmed support file for the month, once; runs in the background.")
  @APIResponse(
      responseCode = "202",
      description = "The run, started (已开始)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PaymentRuns.RunSheet.class)))
  @APIResponse(
      responseCode = "409",
      description = "The month is already paid or being paid (该月已发放)")
  public Response start(PaymentRuns.Start start) {
    return Response.accepted(runs.start(Bodies.required(start))).build();
  }

  @GET
  @Operation(operationId = "listPaymentRuns", summary = "List the latest payment runs (发放批次列表)")
  public List<PaymentRuns.RunSheet> recent() {
    return runs.recent();
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getPaymentRun",
      summary = "Read a payment run (查看发放批次)",
      description = "Its progress, and once finished its items (case numbers and amounts).")
  public PaymentRuns.RunSheet read(@PathParam("id") String id) {
    return runs.read(id);
  }

  @GET
  @Path("/{id}/bank-file")
  @Produces({XLSX, MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "getPaymentRunBankFile",
      summary = "Download a payment run's bank file (下载银行代发文件)",
      description = "The payees, accounts and amounts, as XLSX; logged.")
  @APIResponse(
      responseCode = "200",
      description = "The bank file (XLSX)",
      content =
          @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "409", description = "The run is still running (发放进行中)")
  public Response bankFile(@PathParam("id") String id) {
    PaymentRuns.BankFile file = runs.bankFile(id);
    return Response.ok(file.content(), XLSX)
        .header("Content-Disposition", ContentDisposition.attachment(file.name()))
        .build();
  }
}
