package org.shouhu.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the access log: when (UTC), who, with which roles, what action, on which records
 * (ids only — a search logs the records it returned, never its text), the outcome, from which
 * address, and for a break-glass access its reason. No personal data. Entries are never changed by
 * the application, except that the sealer gives each its place in the chain once.
 */
@Entity
@Table(name = "access_entry")
public class AccessEntry {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Column(name = "username", nullable = false, length = 255)
  private String user;

  @Column(name = "roles", nullable = false, length = 255)
  private String roles;

  @Column(name = "action", nullable = false, length = 32)
  private String action;

  @Column(name = "records", length = 4000)
  private String records;

  @Column(name = "record_jurisdiction", length = 12)
  private String recordJurisdiction;

  @Column(name = "outcome", nullable = false, length = 16)
  private String outcome;

  @Column(name = "client_ip", length = 64)
  private String clientIp;

  @Column(name = "break_glass_reason", length = 2000)
  private String breakGlassReason;

  @Column(name = "entry_mac", nullable = false, length = 64)
  private String entryMac;

  @Column(name = "seq")
  private Long sequence;

  @Column(name = "chain_mac", length = 64)
  private String chainMac;

  protected AccessEntry() {}

  /** A new, unsealed entry; its own MAC is computed at once with the audit key. */
  public AccessEntry(EntryFacts facts, AuditChain chain) {
    this.id = UUID.randomUUID().toString();
    this.at = facts.at();
    this.user = facts.user();
    this.roles = facts.roles();
    this.action = facts.action();
    this.records = facts.records();
    this.recordJurisdiction = facts.recordJurisdiction();
    this.outcome = facts.outcome();
    this.clientIp = facts.clientIp();
    this.breakGlassReason = facts.breakGlassReason();
    this.entryMac = chain.entryMac(id, facts);
  }

  /** Gives the entry its place in the chain. */
  public void seal(long sequence, String chainMac) {
    this.sequence = sequence;
    this.chainMac = chainMac;
  }

  public String id() {
    return id;
  }

  public EntryFacts facts() {
    return new EntryFacts(
        at, user, roles, action, records, recordJurisdiction, outcome, clientIp, breakGlassReason);
  }

  public String entryMac() {
    return entryMac;
  }

  public Long sequence() {
    return sequence;
  }

  public String chainMac() {
    return chainMac;
  }
}
