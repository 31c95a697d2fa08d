package org.shouhu.audit.domain;

import java.time.Instant;

/** What an entry records; its canonical text is what the MACs cover. */
public record EntryFacts(
    Instant at,
    String user,
    String roles,
    String action,
    String records,
    String recordJurisdiction,
    String outcome,
    String clientIp,
    String breakGlassReason) {

  public boolean breakGlass() {
    return breakGlassReason != null;
  }

  String canonical(String id) {
    return String.join(
        "\u001f",
        id,
        String.valueOf(at),
        user,
        roles,
        action,
        String.valueOf(records),
        String.valueOf(recordJurisdiction),
        outcome,
        String.valueOf(clientIp),
        String.valueOf(breakGlassReason));
  }
}
