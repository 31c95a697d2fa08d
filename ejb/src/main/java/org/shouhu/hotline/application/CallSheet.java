package org.shouhu.hotline.application;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;
import org.shouhu.agencyreferral.application.AgencyReferralSheet;

/**
 * A call as its readers see it: the caller's number masked ({@code 138****5678}) unless revealed,
 * never for an anonymous caller (it was not kept); {@code repeatCaller} and {@code previousCalls}
 * only where they were worked out (the call's own answer and page). The case it became is {@code
 * "case"} in JSON (API.md).
 */
public record CallSheet(
    String id,
    String callNumber,
    String line,
    Instant startedAt,
    Integer durationSeconds,
    Caller caller,
    String category,
    boolean urgent,
    String jurisdiction,
    String request,
    String advice,
    String outcome,
    String referredTo,
    AgencyReferralSheet referral,
    List<DeadlineLine> deadlines,
    String caseId,
    @JsonbProperty("case") String caseNumber,
    Instant callBackAt,
    Instant calledBackAt,
    String handedFrom,
    Instant handedAt,
    String takenBy,
    Boolean repeatCaller,
    Integer previousCalls,
    List<EarlierCall> earlierCalls,
    long version) {

  /** The caller; name and phone are null when anonymous. */
  public record Caller(
      boolean anonymous, String name, String phone, String sex, String role, Integer age) {}

  /** A deadline of the call: the referred agency's answer. */
  public record DeadlineLine(String name, Instant dueAt, boolean met, boolean overdue) {}

  /** An earlier call from the same number: what it was about and how it ended, no one named. */
  public record EarlierCall(
      String id,
      String callNumber,
      String line,
      Instant startedAt,
      String category,
      String outcome) {}

  public CallSheet withRepeats(List<EarlierCall> earlier) {
    return new CallSheet(
        id,
        callNumber,
        line,
        startedAt,
        durationSeconds,
        caller,
        category,
        urgent,
        jurisdiction,
        request,
        advice,
        outcome,
        referredTo,
        referral,
        deadlines,
        caseId,
        caseNumber,
        callBackAt,
        calledBackAt,
        handedFrom,
        handedAt,
        takenBy,
        !earlier.isEmpty(),
        earlier.size(),
        earlier,
        version);
  }
}
