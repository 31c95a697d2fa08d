package org.shouhu.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The mail Shouhu queued, read from its outbox table in the test database. */
final class Outbox {

  private Outbox() {}

  /** The mail queued about a case for one reason, as {@code recipient status}. */
  static List<String> rows(String caseId, String reason) throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                System.getProperty("shouhu.test.db.url"), "shouhu", "shouhu");
        PreparedStatement q =
            c.prepareStatement(
                "SELECT recipient, status FROM mail_outbox WHERE case_id = ? AND reason = ?"
                    + " ORDER BY recipient")) {
      q.setString(1, caseId);
      q.setString(2, reason);
      List<String> rows = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          rows.add(r.getString(1) + " " + r.getString(2));
        }
      }
      return rows;
    }
  }

  /** Waits (at most a minute) until every outbox row of the case for that reason is sent. */
  static List<String> awaitSent(String caseId, String reason) throws Exception {
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    List<String> rows = rows(caseId, reason);
    while ((rows.isEmpty() || !rows.stream().allMatch(r -> r.endsWith(" SENT")))
        && Instant.now().isBefore(until)) {
      Thread.sleep(250);
      rows = rows(caseId, reason);
    }
    return rows;
  }

  /** The recipients of the mail queued about a case for one reason. */
  static List<String> recipients(String caseId, String reason) throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                System.getProperty("shouhu.test.db.url"), "shouhu", "shouhu");
        PreparedStatement q =
            c.prepareStatement(
                "SELECT recipient FROM mail_outbox WHERE case_id = ? AND reason = ?")) {
      q.setString(1, caseId);
      q.setString(2, reason);
      List<String> recipients = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          recipients.add(r.getString(1));
        }
      }
      return recipients;
    }
  }
}
