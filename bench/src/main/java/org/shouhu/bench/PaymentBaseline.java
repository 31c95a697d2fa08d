package org.shouhu.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;

/**
 * B6's data and baseline. The data: a confirmed support file for every ORPHAN_SUPPORT case the
 * generator made, up to {@code files}, written as Shouhu writes them (payee and account sealed with
 * the run's key), paying every month, a third of them with other benefits; the three categories'
 * standards. The baseline: the same month's payment as one hand-written {@code INSERT … SELECT} —
 * the standard in force for each file's category less its other benefits, never below 0.00 — into
 * the same table, for another month.
 */
final class PaymentBaseline {

  private PaymentBaseline() {}

  /** Writes the files and the standards; returns how many files there are. */
  static int files(String url, String user, String password, Codec codec, int files)
      throws SQLException {
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      db.setAutoCommit(false);
      try (Statement s = db.createStatement()) {
        s.execute("DELETE FROM payment_item");
        s.execute("DELETE FROM payment_run");
        s.execute("DELETE FROM support_file");
        s.execute("DELETE FROM allowance_standard");
      }
      try (PreparedStatement standard =
          db.prepareStatement(
              "INSERT INTO allowance_standard (id, category, monthly, from_month, created_by,"
                  + " created_at) VALUES (?,?,?,?,?,?)")) {
        String[][] table = {
          {"ORPHAN_INSTITUTION", "1885.40"},
          {"ORPHAN_SCATTERED", "1439.90"},
          {"DE_FACTO_UNATTENDED", "1439.90"}
        };
        for (String[] row : table) {
          standard.setString(1, UUID.randomUUID().toString());
          standard.setString(2, row[0]);
          standard.setBigDecimal(3, new java.math.BigDecimal(row[1]));
          standard.setString(4, "2000-01");
          standard.setString(5, "bench");
          standard.setString(6, Codec.time(Instant.now()));
          standard.addBatch();
        }
        standard.executeBatch();
      }
      int n = 0;
      try (PreparedStatement cases =
              db.prepareStatement(
                  "SELECT id, case_number FROM case_file WHERE kind = 'ORPHAN_SUPPORT' LIMIT ?");
          PreparedStatement file =
              db.prepareStatement(
                  "INSERT INTO support_file (id, case_id, case_number, category, father_situation,"
                      + " mother_situation, placement, payee_kind, payee_name, bank_account,"
                      + " other_benefit, applied_at, status, confirmed_at, confirmed_by,"
                      + " support_from, last_month, created_by, version)"
                      + " VALUES (?,?,?,?,'DEAD',?,?,'GUARDIAN',?,?,?,?,'CONFIRMED',?,'bench',"
                      + "'2000-01','2099-12','bench',0)")) {
        cases.setInt(1, files);
        try (ResultSet r = cases.executeQuery()) {
          while (r.next()) {
            boolean orphan = n % 2 == 0;
            file.setString(1, UUID.randomUUID().toString());
            file.setString(2, r.getString(1));
            file.setString(3, r.getString(2));
            file.setString(4, orphan ? "ORPHAN" : "DE_FACTO_UNATTENDED");
            file.setString(5, orphan ? "DEAD" : "SERIOUS_ILLNESS");
            file.setString(6, n % 5 == 0 ? "INSTITUTION" : "KINSHIP");
            file.setString(7, codec.encrypt("监护人" + n, "support_file.payee_name"));
            file.setString(
                8, codec.encrypt(String.format("62220000%011d", n), "support_file.bank_account"));
            file.setBigDecimal(9, new java.math.BigDecimal(n % 3 == 0 ? "300.00" : "0.00"));
            file.setString(10, Codec.time(Instant.parse("2020-01-01T00:00:00Z")));
            file.setString(11, Codec.time(Instant.parse("2020-01-02T00:00:00Z")));
            file.addBatch();
            if (++n % 1000 == 0) {
              file.executeBatch();
            }
          }
        }
        file.executeBatch();
      }
      db.commit();
      return n;
    }
  }

  /** The same payment for {@code month} as one statement; returns the rows it wrote. */
  static int pay(String url, String user, String password, String month) throws SQLException {
    try (Connection db = DriverManager.getConnection(url, user, password);
        PreparedStatement s =
            db.prepareStatement(
                "INSERT INTO payment_item (id, run_id, file_id, pay_month, case_number, amount)"
                    + " SELECT UUID(), 'baseline', f.id, ?, f.case_number,"
                    + " GREATEST(st.monthly - f.other_benefit, 0)"
                    + " FROM support_file f JOIN allowance_standard st ON st.category ="
                    + " CASE WHEN f.category = 'DE_FACTO_UNATTENDED' THEN 'DE_FACTO_UNATTENDED'"
                    + " WHEN f.placement = 'INSTITUTION' THEN 'ORPHAN_INSTITUTION'"
                    + " ELSE 'ORPHAN_SCATTERED' END"
                    + " AND st.from_month = (SELECT MAX(s2.from_month) FROM allowance_standard s2"
                    + " WHERE s2.category = st.category AND s2.from_month <= ?)"
                    + " WHERE f.status IN ('CONFIRMED', 'ENDED') AND f.support_from <= ?"
                    + " AND f.last_month >= ?"
                    + " AND NOT EXISTS (SELECT 1 FROM payment_item i WHERE i.file_id = f.id"
                    + " AND i.pay_month = ?)")) {
      for (int i = 1; i <= 5; i++) {
        s.setString(i, month);
      }
      return s.executeUpdate();
    }
  }
}
