package org.shouhu.casework.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shouhu.casework.application.CaseSheet;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.web.ListsBacking;
import org.shouhu.shared.web.UiText;
import org.shouhu.shared.web.UserSession;

/**
 * An entry of the timeline in words: what happened, and its codes as labels in the user's language
 * (statuses, the channel, a visit's mode, a placement's kind …) — never a raw code — then its text.
 */
@RequestScoped
public class EventText {

  /**
   * Where each event type's codes find their labels, code by code: a message-key prefix, or {@code
   * list:} a configured code list.
   */
  private static final Map<String, List<String>> LABELS =
      Map.ofEntries(
          Map.entry("RECEIVED", List.of("list:channel")),
          Map.entry("TRANSITION", List.of("status", "status")),
          Map.entry("NOT_ACCEPTED", List.of("status", "status")),
          Map.entry("REOPENED", List.of("status", "status")),
          Map.entry("VISITED", List.of("list:visit-mode")),
          Map.entry("ASSESSMENT_SUBMITTED", List.of("instrument", "riskLevel")),
          Map.entry("ASSESSMENT_REVIEWED", List.of("assessment.decision")),
          Map.entry("PLACEMENT_RECORDED", List.of("placement.kind")),
          Map.entry("PLAN_ACTION_ADDED", List.of("planAction.type")),
          Map.entry("PLAN_ACTION_CHANGED", List.of("planAction.type", "planAction.status")),
          Map.entry("ORDER_APPLIED", List.of("orderApplicant", "orderFlag")),
          Map.entry(
              "ORDER_RULED", List.of("orderDecision", "measure", "measure", "measure", "measure")),
          Map.entry("ORDER_SERVED", List.of("served", "served", "served", "served", "served")),
          Map.entry("ORDER_RECONSIDERATION", List.of("party")),
          Map.entry("AGENCY_REFERRED", List.of("agency")),
          Map.entry("AGENCY_ANSWERED", List.of("agency")),
          Map.entry("COMPLAINT_STEP", List.of("complaintStep", "complaintResult")),
          Map.entry("SUPPORT_STEP", List.of("supportStep")),
          Map.entry("REHAB_STEP", List.of("rehabStep", "rehabItem")),
          Map.entry("LEGAL_AID_STEP", List.of("legalAidStep")));

  private static final List<String> MOVES = List.of("TRANSITION", "NOT_ACCEPTED", "REOPENED");

  @Inject UiText text;
  @Inject ListsBacking lists;
  @Inject UserSession session;

  /** What happened, as a label. */
  public String type(CaseSheet.EventSheet e) {
    return label("event", e.type());
  }

  /** The event's codes as labels, then its text; older events show their detail as it was. */
  public String detail(CaseSheet.EventSheet e) {
    if (e.codes().isEmpty()) {
      return e.detail() == null ? "" : e.detail();
    }
    List<String> prefixes = LABELS.getOrDefault(e.type(), List.of());
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < e.codes().size(); i++) {
      String code = e.codes().get(i);
      String prefix = i < prefixes.size() ? prefixes.get(i) : null;
      shown.add(
          prefix == null
              ? code
              : prefix.startsWith("list:")
                  ? lists.label(prefix.substring(5), code)
                  : label(prefix, code));
    }
    String codes = String.join(MOVES.contains(e.type()) ? " → " : " · ", shown);
    return e.text() == null ? codes : codes + ": " + e.text();
  }

  private String label(String prefix, String code) {
    String key = prefix + "." + code;
    return Messages.has(session.getLocale(), key) ? text.of(key) : code;
  }
}
