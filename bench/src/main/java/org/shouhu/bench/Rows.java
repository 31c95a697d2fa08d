package org.shouhu.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.shouhu.audit.domain.AuditChain;
import org.shouhu.audit.domain.EntryFacts;
import org.shouhu.casework.domain.PersonIndex;

/**
 * The rows of a case file exactly as Shouhu writes them (columns of db/migration, personal fields
 * encrypted, persons indexed by keyed hashes, access entries MAC'd): one set of prepared
 * statements, used in batches by the loader and one intake at a time by the JDBC baseline.
 */
final class Rows implements AutoCloseable {

  private final Codec codec;
  final PreparedStatement person;
  final PreparedStatement caseFile;
  final PreparedStatement party;
  final PreparedStatement event;
  final PreparedStatement deadline;
  final PreparedStatement escalation;
  final PreparedStatement visit;
  final PreparedStatement referral;
  final PreparedStatement access;
  private final List<PreparedStatement> all;

  Rows(Connection db, Codec codec) throws SQLException {
    this.codec = codec;
    person =
        db.prepareStatement(
            "INSERT INTO person (id, full_name, sex, birth_date, id_type, id_number, phone, address,"
                + " id_hash, name_hash, name_birth_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    caseFile =
        db.prepareStatement(
            "INSERT INTO case_file (id, case_number, kind, status, channel, jurisdiction, category,"
                + " urgent, summary, received_at, assignee, referred_to, created_by, created_at,"
                + " updated_at, reporter_type, reporter_name, reporter_phone, reporter_anonymous,"
                + " closure_requested_by, closure_requested_at, closure_reason, version)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    party =
        db.prepareStatement(
            "INSERT INTO case_party (id, case_id, person_id, party_role) VALUES (?,?,?,?)");
    event =
        db.prepareStatement(
            "INSERT INTO case_event (id, case_id, seq, occurred_at, username, event_type, detail)"
                + " VALUES (?,?,?,?,?,?,?)");
    deadline =
        db.prepareStatement(
            "INSERT INTO case_deadline (id, case_id, name, started_by, started_at, due_at, met_by,"
                + " met_at, lapsed_at) VALUES (?,?,?,?,?,?,?,?,?)");
    escalation =
        db.prepareStatement(
            "INSERT INTO deadline_escalation (deadline_id, escalated_at) VALUES (?,?)");
    visit =
        db.prepareStatement(
            "INSERT INTO case_visit (id, case_id, visited_at, visit_mode, notes, next_visit_due,"
                + " recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?,?)");
    referral =
        db.prepareStatement(
            "INSERT INTO legal_aid_referral (id, case_id, reason, consent, status, referred_by,"
                + " referred_at) VALUES (?,?,?,?,?,?,?)");
    access =
        db.prepareStatement(
            "INSERT INTO access_entry (id, occurred_at, username, roles, action, records,"
                + " record_jurisdiction, outcome, client_ip, break_glass_reason, entry_mac, seq,"
                + " chain_mac) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    all = List.of(person, caseFile, party, event, deadline, escalation, visit, referral, access);
  }

  /** Adds the case file's rows to the statements' batches (the access entries: see below). */
  void add(Generator.CaseFile c) throws SQLException {
    for (Generator.PersonRow p : c.newPersons()) {
      addPerson(p);
    }
    int i = 1;
    caseFile.setString(i++, c.id());
    caseFile.setString(i++, c.number().value());
    caseFile.setString(i++, c.kind().name());
    caseFile.setString(i++, c.status().name());
    caseFile.setString(i++, c.channel().name());
    caseFile.setString(i++, c.jurisdiction());
    caseFile.setString(i++, c.category() == null ? null : c.category().name());
    caseFile.setBoolean(i++, c.urgent());
    caseFile.setString(i++, codec.encrypt(c.summary(), "case_file.summary"));
    caseFile.setString(i++, Codec.time(c.receivedAt()));
    caseFile.setString(i++, c.assignee());
    caseFile.setString(i++, null);
    caseFile.setString(i++, c.createdBy());
    caseFile.setString(i++, Codec.time(c.createdAt()));
    caseFile.setString(i++, Codec.time(c.updatedAt()));
    caseFile.setString(i++, c.reporterType() == null ? null : c.reporterType().name());
    caseFile.setString(i++, codec.encrypt(c.reporterName(), "case_file.reporter_name"));
    caseFile.setString(i++, codec.encrypt(c.reporterPhone(), "case_file.reporter_phone"));
    if (c.reporterAnonymous() == null) {
      caseFile.setNull(i++, Types.BOOLEAN);
    } else {
      caseFile.setBoolean(i++, c.reporterAnonymous());
    }
    caseFile.setString(i++, c.closureRequestedBy());
    caseFile.setString(i++, Codec.time(c.closureRequestedAt()));
    caseFile.setString(i++, codec.encrypt(c.closureReason(), "case_file.closure_reason"));
    caseFile.setLong(i, c.version());
    caseFile.addBatch();
    for (Generator.PartyRow p : c.parties()) {
      party.setString(1, p.id());
      party.setString(2, c.id());
      party.setString(3, p.personId());
      party.setString(4, p.role());
      party.addBatch();
    }
    for (Generator.EventRow e : c.events()) {
      event.setString(1, e.id());
      event.setString(2, c.id());
      event.setInt(3, e.seq());
      event.setString(4, Codec.time(e.at()));
      event.setString(5, e.user());
      event.setString(6, e.type());
      event.setString(7, codec.encrypt(e.detail(), "case_event.detail"));
      event.addBatch();
    }
    for (Generator.DeadlineRow d : c.deadlines()) {
      deadline.setString(1, d.id());
      deadline.setString(2, c.id());
      deadline.setString(3, d.name());
      deadline.setString(4, d.startedBy());
      deadline.setString(5, Codec.time(d.startedAt()));
      deadline.setString(6, Codec.time(d.dueAt()));
      deadline.setString(7, d.metBy());
      deadline.setString(8, Codec.time(d.metAt()));
      deadline.setString(9, Codec.time(d.lapsedAt()));
      deadline.addBatch();
      if (d.escalated()) {
        escalation.setString(1, d.id());
        escalation.setString(2, Codec.time(d.dueAt().plusSeconds(90)));
        escalation.addBatch();
      }
    }
    for (Generator.VisitRow v : c.visits()) {
      visit.setString(1, v.id());
      visit.setString(2, c.id());
      visit.setString(3, Codec.time(v.at()));
      visit.setString(4, v.mode());
      visit.setString(5, codec.encrypt(v.notes(), "case_visit.notes"));
      visit.setObject(6, null, Types.DATE);
      visit.setString(7, v.recordedBy());
      visit.setString(8, Codec.time(v.at()));
      visit.addBatch();
    }
    for (Generator.ReferralRow f : c.referrals()) {
      referral.setString(1, f.id());
      referral.setString(2, c.id());
      referral.setString(3, codec.encrypt(f.reason(), "legal_aid_referral.reason"));
      referral.setBoolean(4, true);
      referral.setString(5, f.status());
      referral.setString(6, f.by());
      referral.setString(7, Codec.time(f.at()));
      referral.addBatch();
    }
  }

  void addPerson(Generator.PersonRow p) throws SQLException {
    PersonIndex hashes = codec.personIndex(p);
    person.setString(1, p.id());
    person.setString(2, codec.encrypt(p.name(), "person.full_name"));
    person.setString(3, p.sex());
    person.setObject(4, p.birthDate(), Types.DATE);
    person.setString(5, p.idNumber() == null ? null : "RESIDENT_ID");
    person.setString(6, codec.encrypt(p.idNumber(), "person.id_number"));
    person.setString(7, codec.encrypt(p.phone(), "person.phone"));
    person.setString(8, codec.encrypt(p.address(), "person.address"));
    person.setString(9, hashes.idHash());
    person.setString(10, hashes.nameHash());
    person.setString(11, hashes.nameBirthHash());
    person.addBatch();
  }

  /**
   * Adds an access entry; {@code head} non-null seals it into the chain after {@code head} (the
   * loader, which holds the head row), null leaves it for Shouhu's sealer (the baseline's intakes,
   * as Shouhu's own).
   */
  AuditChain.Head addAccess(
      Generator.AccessRow a,
      String record,
      String jurisdiction,
      String clientIp,
      AuditChain.Head head)
      throws SQLException {
    EntryFacts facts =
        new EntryFacts(
            a.at(), a.user(), a.roles(), a.action(), record, jurisdiction, "OK", clientIp, null);
    String entryMac = codec.chain.entryMac(a.id(), facts);
    access.setString(1, a.id());
    access.setString(2, Codec.time(a.at()));
    access.setString(3, a.user());
    access.setString(4, a.roles());
    access.setString(5, a.action());
    access.setString(6, record);
    access.setString(7, jurisdiction);
    access.setString(8, "OK");
    access.setString(9, clientIp);
    access.setString(10, null);
    access.setString(11, entryMac);
    AuditChain.Head next = null;
    if (head == null) {
      access.setNull(12, Types.BIGINT);
      access.setString(13, null);
    } else {
      long sequence = head.sequence() + 1;
      next = new AuditChain.Head(sequence, codec.chain.link(head, sequence, entryMac));
      access.setLong(12, sequence);
      access.setString(13, next.chainMac());
    }
    access.addBatch();
    return next;
  }

  /** Sends every batch, parents before children (foreign keys). */
  void flush() throws SQLException {
    for (PreparedStatement statement : all) {
      statement.executeBatch();
    }
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement statement : all) {
      statement.close();
    }
  }
}
