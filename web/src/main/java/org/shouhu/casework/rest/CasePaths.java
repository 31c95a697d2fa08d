package org.shouhu.casework.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shouhu.casework.application.CaseQueries;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.shared.rest.RecordPaths;

/**
 * The paths of cases, for answers the REST layer gives before a use case ran: {@code
 * /v1/cases/{id}/…} names a case and, after it, the action (named as the use cases log it); {@code
 * /v1/cases} is a search, {@code /v1/intakes} an intake. Every context's actions under a case
 * (legal aid's referrals, the case kinds' parts) are found here too.
 */
@ApplicationScoped
public class CasePaths implements RecordPaths {

  /** What follows the case id, as the use cases name it in the access log. */
  private static final Map<String, String> ACTIONS =
      Map.of(
          "transitions", "TRANSITION",
          "closure-requests", "CLOSURE_REQUEST",
          "closure-requests/decision", "CLOSURE_DECISION",
          "assignment", "ASSIGN",
          "visits", "VISIT",
          "legal-aid-referrals", "LEGAL_AID_REFERRAL",
          "break-glass", "BREAK_GLASS",
          "timeline", "TIMELINE");

  @Inject CaseQueries queries;

  @Override
  public Optional<Target> target(UriInfo uri, String method) {
    List<String> segments =
        uri.getPathSegments().stream().map(PathSegment::getPath).filter(s -> !s.isEmpty()).toList();
    if (segments.contains("intakes")) {
      return Optional.of(new Target(null, "CREATE"));
    }
    int cases = segments.indexOf("cases");
    if (cases < 0) {
      return Optional.empty();
    }
    if (segments.size() == cases + 1) {
      return Optional.of(new Target(null, "SEARCH"));
    }
    String record = segments.get(cases + 1);
    String rest = String.join("/", segments.subList(cases + 2, segments.size()));
    String action =
        rest.isEmpty()
            ? "READ"
            : rest.startsWith("attachments")
                ? attachmentAction(rest, method)
                : ACTIONS.getOrDefault(
                    rest, rest.toUpperCase(Locale.ROOT).replace('-', '_').replace('/', '_'));
    return Optional.of(new Target(record, action));
  }

  private static String attachmentAction(String rest, String method) {
    if (rest.endsWith("/withdrawal")) {
      return "ATTACHMENT_WITHDRAWAL";
    }
    if (rest.endsWith("/thumbnail")) {
      return "ATTACHMENT_PREVIEW";
    }
    return "POST".equals(method) ? "ATTACHMENT_UPLOAD" : "ATTACHMENT_READ";
  }

  /**
   * Break-glass concerns a case out of the caller's scope on purpose: its body is judged whether or
   * not the case exists (API.md), so it is not checked here.
   */
  @Override
  public void requireVisible(Target target) {
    if (target.record() != null && !target.action().equals("BREAK_GLASS")) {
      queries.requireVisible(CaseId.of(target.record()), target.action());
    }
  }
}
