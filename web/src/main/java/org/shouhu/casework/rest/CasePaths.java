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
      Map.ofEntries(
          Map.entry("transitions", "TRANSITION"),
          Map.entry("closure-requests", "CLOSURE_REQUEST"),
          Map.entry("closure-requests/decision", "CLOSURE_DECISION"),
          Map.entry("assignment", "ASSIGN"),
          Map.entry("visits", "VISIT"),
          Map.entry("legal-aid-referrals", "LEGAL_AID_REFERRAL"),
          Map.entry("break-glass", "BREAK_GLASS"),
          Map.entry("timeline", "TIMELINE"),
          Map.entry("attachments", "ATTACHMENT_UPLOAD"),
          Map.entry("attachments/*", "ATTACHMENT_READ"),
          Map.entry("attachments/*/thumbnail", "ATTACHMENT_PREVIEW"),
          Map.entry("attachments/*/withdrawal", "ATTACHMENT_WITHDRAWAL"),
          Map.entry("police-notifications", "POLICE_NOTICE"),
          Map.entry("assessments", "ASSESSMENT"),
          Map.entry("assessments/*/review", "ASSESSMENT_REVIEW"),
          Map.entry("placements", "PLACEMENT"),
          Map.entry("plan-actions", "PLAN_ACTION"),
          Map.entry("plan-actions/*/status", "PLAN_ACTION_STATUS"),
          Map.entry("warnings", "WARNING"),
          Map.entry("protection-orders", "ORDER_APPLICATION"),
          Map.entry("protection-orders/*/ruling", "ORDER_RULING"),
          Map.entry("protection-orders/*/service", "ORDER_SERVICE"),
          Map.entry("protection-orders/*/violations", "ORDER_VIOLATION"),
          Map.entry("protection-orders/*/reconsiderations", "ORDER_RECONSIDERATION"),
          Map.entry("protection-orders/*/application.pdf", "ORDER_APPLICATION_FORM"),
          Map.entry("shelter-stays", "SHELTER_STAY"),
          Map.entry("shelter-stays/*/end", "SHELTER_STAY_END"),
          Map.entry("agency-referrals", "AGENCY_REFERRAL"),
          Map.entry("agency-referrals/*/answer", "AGENCY_ANSWER"),
          Map.entry("complaint-steps", "COMPLAINT_STEP"),
          Map.entry("support-file", "SUPPORT_APPLICATION"),
          Map.entry("support-file/verification", "SUPPORT_VERIFICATION"),
          Map.entry("support-file/confirmation", "SUPPORT_CONFIRMATION"),
          Map.entry("support-file/review", "SUPPORT_REVIEW"),
          Map.entry("support-file/end", "SUPPORT_END"),
          Map.entry("support-file/refusal.pdf", "SUPPORT_REFUSAL_LETTER"),
          Map.entry("rehab-grants", "REHAB_GRANT"),
          Map.entry("rehab-grants/*/claims", "REHAB_CLAIM"));

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
    List<String> rest = segments.subList(cases + 2, segments.size());
    return Optional.of(new Target(record, rest.isEmpty() ? "READ" : action(rest)));
  }

  /**
   * The action a path under a case names: as it is ({@code closure-requests/decision}), or with the
   * id of a part of the case in second place ({@code assessments/*&#47;review}).
   */
  private static String action(List<String> rest) {
    String exact = String.join("/", rest);
    if (ACTIONS.containsKey(exact)) {
      return ACTIONS.get(exact);
    }
    List<String> withId = new java.util.ArrayList<>(rest);
    if (withId.size() > 1) {
      withId.set(1, "*");
    }
    return ACTIONS.getOrDefault(
        String.join("/", withId), rest.get(0).toUpperCase(Locale.ROOT).replace('-', '_'));
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
