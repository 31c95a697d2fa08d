package org.shouhu.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The mail Shouhu queued, read from its outbox table in the test database. */
final class Outbox {

  private Outbox() {}

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
