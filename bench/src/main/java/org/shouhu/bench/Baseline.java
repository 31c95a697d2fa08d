package org.shouhu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.CaseNumber;
import org.shouhu.casework.domain.CaseStatus;
import org.shouhu.casework.domain.Channel;
import org.shouhu.casework.domain.PersonIndex;
import org.shouhu.casework.domain.ReporterType;

/**
 * The physical limit to compare Shouhu with: a plain JDBC client over the same database, doing what
 * Shouhu does for an intake with nothing else around it — the same duplicate check, the same
 * encryption and keyed hashes, the same gap-free case number (the year's counter row, locked until
 * commit), the same rows, one transaction per intake at the database's own durability — and the
 * same lookups by a plain indexed SELECT.
 */
final class Baseline implements AutoCloseable {

  private final Connection db;
  private final Codec codec;
  private final Rows rows;
  private final PreparedStatement same;
  private final PreparedStatement draw;
  private final PreparedStatement issued;
  private final PreparedStatement byIdNumber;
  private final PreparedStatement byCaseNumber;

  Baseline(String url, String user, String password, Codec codec) throws SQLException {
    this.db = DriverManager.getConnection(url, user, password);
    this.codec = codec;
    db.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED); // as Shouhu's datasource
    rows = new Rows(db, codec);
    same = db.prepareStatement("SELECT id FROM person WHERE id_hash = ? OR name_birth_hash = ?");
    draw =
        db.prepareStatement(
            "UPDATE case_number_counter SET issued = issued + 1 WHERE counter_year = ?");
    issued = db.prepareStatement("SELECT issued FROM case_number_counter WHERE counter_year = ?");
    byIdNumber =
        db.prepareStatement(
            "SELECT c.* FROM person p JOIN case_party cp ON cp.person_id = p.id"
                + " AND cp.party_role = 'SUBJECT' JOIN case_file c ON c.id = cp.case_id"
                + " WHERE p.id_hash = ?");
    byCaseNumber = db.prepareStatement("SELECT * FROM case_file WHERE case_number = ?");
  }

  /** One intake, as {@code user} sends it to Shouhu, in one transaction; returns the case id. */
  String intake(JsonNode body, String user, long key) throws SQLException {
    db.setAutoCommit(false);
    try {
      SplittableRandom r = Generator.random(key, 9);
      JsonNode s = body.path("subject");
      Generator.PersonRow subject =
          new Generator.PersonRow(
              Generator.uuid(r),
              s.path("name").asText(),
              s.path("sex").asText(),
              java.time.LocalDate.parse(s.path("birthDate").asText()),
              s.path("idNumber").asText(),
              s.path("phone").asText(),
              s.path("address").asText());
      var hashes = codec.personIndex(subject);
      same.setString(1, hashes.idHash());
      same.setString(2, hashes.nameBirthHash());
      String personId = null;
      try (ResultSet found = same.executeQuery()) {
        if (found.next()) {
          personId = found.getString(1);
        }
      }
      Instant received = OffsetDateTime.parse(body.path("receivedAt").asText()).toInstant();
      Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
      CaseKind kind = CaseKind.valueOf(body.path("kind").asText());
      List<Generator.PersonRow> newPersons = new ArrayList<>();
      if (personId == null) {
        newPersons.add(subject);
        personId = subject.id();
      }
      List<Generator.DeadlineRow> deadlines = new ArrayList<>();
      if (kind == CaseKind.CHILD_PROTECTION) {
        deadlines.add(
            new Generator.DeadlineRow(
                Generator.uuid(r),
                "FIRST_CONTACT",
                "RECEIVED",
                received,
                received.plus(Duration.ofHours(24)),
                "VISITED",
                null,
                null,
                false));
        deadlines.add(
            new Generator.DeadlineRow(
                Generator.uuid(r),
                "ASSESSMENT",
                "RECEIVED",
                received,
                received.plus(Duration.ofDays(7)),
                "ASSESSED",
                null,
                null,
                false));
      }
      String id = Generator.uuid(r);
      JsonNode reporter = body.path("reporter");
      // the number last, as Shouhu draws it: the year's counter stays locked until commit
      int year = CaseNumber.yearOf(received);
      draw.setInt(1, year);
      draw.executeUpdate();
      issued.setInt(1, year);
      long number;
      try (ResultSet n = issued.executeQuery()) {
        n.next();
        number = n.getLong(1);
      }
      Generator.CaseFile c =
          new Generator.CaseFile(
              id,
              CaseNumber.of(year, number),
              kind,
              CaseStatus.INTAKE,
              Channel.valueOf(body.path("channel").asText()),
              body.path("jurisdiction").asText(),
              CaseCategory.valueOf(body.path("category").asText()),
              body.path("urgent").asBoolean(),
              body.path("summary").asText(),
              received,
              null,
              user,
              now,
              now,
              reporter.isMissingNode()
                  ? null
                  : ReporterType.valueOf(reporter.path("type").asText()),
              reporter.isMissingNode() ? null : reporter.path("name").asText(),
              reporter.isMissingNode() ? null : reporter.path("phone").asText(),
              reporter.isMissingNode() ? null : reporter.path("anonymous").asBoolean(),
              null,
              null,
              null,
              0,
              newPersons,
              List.of(new Generator.PartyRow(Generator.uuid(r), personId, "SUBJECT")),
              List.of(
                  new Generator.EventRow(
                      Generator.uuid(r), 0, now, user, "RECEIVED", body.path("channel").asText())),
              deadlines,
              List.of(),
              List.of(),
              List.of());
      rows.add(c);
      rows.addAccess(
          new Generator.AccessRow(Generator.uuid(r), now, user, "hotline-operator", "CREATE"),
          id,
          c.jurisdiction(),
          "127.0.0.1",
          null);
      rows.flush();
      db.commit();
      return id;
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    }
  }

  /** The subject's cases by the keyed hash of an ID number (what Shouhu's search uses). */
  int byIdNumber(String idNumber) throws SQLException {
    db.setAutoCommit(true);
    byIdNumber.setString(1, PersonIndex.of(null, null, idNumber, codec.index::of).idHash());
    return count(byIdNumber);
  }

  int byCaseNumber(String caseNumber) throws SQLException {
    db.setAutoCommit(true);
    byCaseNumber.setString(1, caseNumber);
    return count(byCaseNumber);
  }

  private static int count(PreparedStatement query) throws SQLException {
    int n = 0;
    try (ResultSet r = query.executeQuery()) {
      while (r.next()) {
        n++;
      }
    }
    return n;
  }

  @Override
  public void close() throws SQLException {
    rows.close();
    db.close();
  }
}
