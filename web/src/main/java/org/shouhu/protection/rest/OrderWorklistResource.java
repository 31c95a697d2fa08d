package org.shouhu.protection.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.protection.application.ProtectionOrders;
import org.shouhu.shared.domain.Role;

/**
 * {@code GET /api/v1/protection-orders} (extension) → the orders of the caller's jurisdiction that
 * need her: {@code {"pending": […], "expiring": […], "breached": […]}} — applications awaiting a
 * ruling (with {@code rulingDueAt}), orders ending within 14 days, breaches this month; for a
 * community director only those of child victims.
 */
@Path("/v1/protection-orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "protection",
    description =
        "Child protection and domestic violence: police, assessments, placements, plan, warnings,"
            + " protection orders, shelters (儿童保护与反家暴)")
public class OrderWorklistResource {

  @Inject ProtectionOrders orders;

  @GET
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  @Operation(
      operationId = "getProtectionOrderWorklist",
      summary = "Protection orders that need the caller (保护令待办)",
      description =
          "Applications awaiting a ruling, orders ending within 14 days and breaches this month,"
              + " in the caller's jurisdiction; for a community director only those of child"
              + " victims.")
  public ProtectionOrders.Worklist worklist() {
    return orders.worklist();
  }
}
