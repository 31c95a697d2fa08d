package org.shouhu.hotline.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shouhu.hotline.application.Calls;
import org.shouhu.shared.rest.RecordPaths;

/** The paths of calls ({@code /v1/calls/{id}/…}), for answers given before a use case ran. */
@ApplicationScoped
public class CallPaths implements RecordPaths {

  private static final Map<String, String> ACTIONS =
      Map.of(
          "case", "CALL_CASE",
          "referral-answer", "AGENCY_ANSWER",
          "handover", "CALL_HANDOVER",
          "call-back", "CALL_BACK");

  @Inject Calls calls;

  @Override
  public Optional<Target> target(UriInfo uri, String method) {
    List<String> segments =
        uri.getPathSegments().stream().map(PathSegment::getPath).filter(s -> !s.isEmpty()).toList();
    int at = segments.indexOf("calls");
    if (at < 0) {
      return Optional.empty();
    }
    if (segments.size() == at + 1) {
      return Optional.of(new Target(null, "GET".equals(method) ? "SEARCH" : "CREATE"));
    }
    String record = segments.get(at + 1);
    String rest = String.join("/", segments.subList(at + 2, segments.size()));
    return Optional.of(
        new Target(record, rest.isEmpty() ? "READ" : ACTIONS.getOrDefault(rest, rest)));
  }

  @Override
  public void requireVisible(Target target) {
    if (target.record() != null) {
      calls.requireVisible(target.record(), target.action());
    }
  }
}
