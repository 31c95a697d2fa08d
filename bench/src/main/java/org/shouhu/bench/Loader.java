package org.shouhu.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.shouhu.audit.domain.AuditChain;
import org.shouhu.casework.domain.CaseNumber;

/**
 * Bulk loading of generated case files by JDBC batches (not through the API): case numbers drawn
 * from the same per-year counters Shouhu uses, the access entries sealed into the same chain
 * (holding its head row, as Shouhu's sealer does), one transaction per {@value #CHUNK} cases.
 */
final class Loader {

  static final int CHUNK = 2_000;

  private final String url;
  private final String user;
  private final String password;
  private final Codec codec;
  private final Generator generator;

  Loader(String url, String user, String password, Codec codec, Generator generator) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.codec = codec;
    this.generator = generator;
  }

  /** Loads cases {@code from} (inclusive) to {@code to} (exclusive); returns the seconds taken. */
  double load(long from, long to) throws SQLException {
    long started = System.nanoTime();
    try (Connection db = DriverManager.getConnection(url + batchOptions(url), user, password)) {
      db.setAutoCommit(false);
      try (Statement s = db.createStatement()) {
        s.execute("SET SESSION foreign_key_checks = 0"); // parents go first anyway; bulk speed
        s.execute("SET SESSION unique_checks = 0");
      }
      Map<Integer, Long> issued = counters(db);
      try (Rows rows = new Rows(db, codec);
          PreparedStatement lockHead =
              db.prepareStatement(
                  "SELECT seq, chain_mac FROM audit_chain_head WHERE id = 1 FOR UPDATE");
          PreparedStatement moveHead =
              db.prepareStatement(
                  "UPDATE audit_chain_head SET seq = ?, chain_mac = ? WHERE id = 1");
          PreparedStatement checkpoint =
              db.prepareStatement(
                  "INSERT INTO audit_checkpoint (seq, chain_mac, sealed_at) VALUES (?,?,?)");
          PreparedStatement counter =
              db.prepareStatement(
                  "UPDATE case_number_counter SET issued = ? WHERE counter_year = ?")) {
        for (long i = from; i < to; i += CHUNK) {
          long end = Math.min(to, i + CHUNK);
          AuditChain.Head head;
          try (ResultSet r = lockHead.executeQuery()) {
            r.next();
            head = new AuditChain.Head(r.getLong(1), r.getString(2));
          }
          for (long k = i; k < end; k++) {
            int year = CaseNumber.yearOf(generator.receivedAt(k));
            long number = issued.merge(year, 1L, Long::sum);
            Generator.CaseFile c = generator.caseFile(k, CaseNumber.of(year, number));
            rows.add(c);
            for (Generator.AccessRow a : c.access()) {
              head = rows.addAccess(a, c.id(), c.jurisdiction(), "10.20.0." + (k % 250 + 1), head);
            }
          }
          rows.flush();
          moveHead.setLong(1, head.sequence());
          moveHead.setString(2, head.chainMac());
          moveHead.executeUpdate();
          checkpoint.setLong(1, head.sequence());
          checkpoint.setString(2, head.chainMac());
          checkpoint.setString(3, Codec.time(Instant.now()));
          checkpoint.executeUpdate();
          for (Map.Entry<Integer, Long> e : issued.entrySet()) {
            counter.setLong(1, e.getValue());
            counter.setInt(2, e.getKey());
            counter.addBatch();
          }
          counter.executeBatch();
          db.commit();
          if ((end / CHUNK) % 25 == 0 || end == to) {
            double seconds = (System.nanoTime() - started) / 1e9;
            Bench.log(
                String.format(
                    "loaded %,d cases (%,.0f cases/s)",
                    end, (end - from) / Math.max(seconds, 1e-3)));
          }
        }
      }
    }
    return (System.nanoTime() - started) / 1e9;
  }

  private static Map<Integer, Long> counters(Connection db) throws SQLException {
    Map<Integer, Long> issued = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT counter_year, issued FROM case_number_counter")) {
      while (r.next()) {
        issued.put(r.getInt(1), r.getLong(2));
      }
    }
    return issued;
  }

  static String batchOptions(String url) {
    return (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
  }
}
