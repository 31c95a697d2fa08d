package org.shouhu.transfer.application;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A transfer as the API shows it: to the case's handlers on the case ({@code transfers}), and to
 * the receiving community's director and supervisor in their list of pending transfers, where
 * {@code preview} says what the case is about before they accept it.
 */
public record TransferSheet(
    String id,
    String caseId,
    String from,
    String to,
    String status,
    String reason,
    String requestedBy,
    Instant requestedAt,
    String decidedBy,
    Instant decidedAt,
    String decisionReason,
    Preview preview) {

  /**
   * What the receiver sees of the case before she accepts (DOMAIN.md §4, "receiving community"):
   * its number, kind, category, urgency and summary — not the people in it.
   */
  public record Preview(
      String caseNumber,
      String kind,
      String category,
      boolean urgent,
      String summary,
      Instant receivedAt) {}

  /** A page of pending transfers. */
  @Schema(name = "TransferPage")
  public record Page(java.util.List<TransferSheet> items, long total) {}
}
