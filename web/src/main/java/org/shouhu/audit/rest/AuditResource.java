package org.shouhu.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.audit.application.AuditReader;
import org.shouhu.audit.domain.AccessEntry;
import org.shouhu.audit.domain.AuditChain;
import org.shouhu.audit.domain.EntryFacts;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Paging;
import org.shouhu.shared.rest.Times;

/**
 * The access log (API.md "Audit"): {@code GET /api/v1/audit} lists entries newest first as soon as
 * their request committed; {@code GET /api/v1/audit/verify} checks every entry and the chain.
 * {@code GET /api/v1/notices} shows supervisors the break-glass accesses and possible duplicates on
 * cases of their jurisdiction.
 */
@Tag(name = "audit", description = "The access log (访问日志)")
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditReader reader;

  /** One entry as the API shows it. */
  public record EntryView(
      String at,
      String user,
      String role,
      String action,
      String record,
      String outcome,
      String ip,
      boolean breakGlass,
      String reason) {

    static EntryView of(AccessEntry entry) {
      EntryFacts f = entry.facts();
      return new EntryView(
          Times.format(f.at()),
          f.user(),
          f.roles(),
          f.action(),
          f.records(),
          f.outcome(),
          f.clientIp(),
          f.breakGlass(),
          f.breakGlassReason());
    }
  }

  /** A page of entries. */
  public record EntryPage(List<EntryView> items, long total) {}

  /** The verdict of a verification: ok, or where the chain first breaks. */
  public record VerifyView(boolean ok, long entries, Long brokenAt, String entry, String problem) {}

  @GET
  @Path("/audit")
  @RolesAllowed(Role.Names.AUDITOR)
  @Operation(
      operationId = "readAuditLog",
      summary = "Read the access log (查看访问日志)",
      description = "Entries newest first, listed as soon as their request committed.")
  public EntryPage list(
      @Parameter(description = "A case's id: the entries about that case") @QueryParam("case")
          String caseId,
      @Parameter(description = "A username: that user's entries", example = "caseworker1")
          @QueryParam("user")
          String user,
      @Parameter(
              description = "From this instant (RFC 3339 with offset)",
              example = "2026-04-01T00:00:00+08:00")
          @QueryParam("from")
          String from,
      @Parameter(
              description = "Up to this instant (RFC 3339 with offset)",
              example = "2026-04-30T23:59:59+08:00")
          @QueryParam("to")
          String to,
      @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page")
          String page,
      @Parameter(description = "Page size, 1-100 (default 20)", example = "20") @QueryParam("size")
          String size) {
    Paging paging = Paging.of(page, size);
    AuditReader.Page result =
        reader.list(
            blankToNull(caseId),
            blankToNull(user),
            instant(from, "from"),
            instant(to, "to"),
            paging.page(),
            paging.size());
    return new EntryPage(result.items().stream().map(EntryView::of).toList(), result.total());
  }

  @GET
  @Path("/audit/verify")
  @RolesAllowed(Role.Names.AUDITOR)
  @Operation(
      operationId = "verifyAuditLog",
      summary = "Verify the access log's chain (校验访问日志)",
      description = "Checks every entry and the chain; answers ok, or the first broken link.")
  public VerifyView verify() {
    AuditChain.Verdict v = reader.verify();
    return new VerifyView(
        v.ok(),
        v.entries(),
        v.brokenAt(),
        v.entryId(),
        v.problem() == null ? null : v.problem().name());
  }

  @GET
  @Path("/notices")
  @RolesAllowed({Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER, Role.Names.AUDITOR})
  @Operation(
      operationId = "listNotices",
      summary = "List break-glass and possible-duplicate notices (提醒通知)",
      description = "Break-glass accesses and possible duplicates on cases of the caller's scope.")
  public List<EntryView> notices(
      @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page")
          String page,
      @Parameter(description = "Page size, 1-100 (default 20)", example = "20") @QueryParam("size")
          String size) {
    Paging paging = Paging.of(page, size);
    return reader.notices(paging.page(), paging.size()).stream().map(EntryView::of).toList();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static Instant instant(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(field, "validation.dateTime");
    }
  }
}
