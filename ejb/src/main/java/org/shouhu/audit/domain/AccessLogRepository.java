package org.shouhu.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The stored access log: append, seal, read. There is no way to delete. */
public interface AccessLogRepository {

  void append(AccessEntry entry);

  /** Locks the chain's head until the transaction ends (one sealer or verifier at a time). */
  AuditChain.Head lockHead();

  /** Moves the head and records it as a checkpoint. */
  void moveHead(AuditChain.Head head);

  /** Every checkpoint: sequence → chain MAC. */
  java.util.Map<Long, String> checkpoints();

  List<AccessEntry> unsealed(int limit);

  /** Up to {@code limit} sealed entries after sequence number {@code after}, in sequence order. */
  List<AccessEntry> sealedAfter(long after, int limit);

  /** Lets go of the entries read so far (a long read keeps only its current page in memory). */
  void forget();

  /** Entries newest first, optionally of one record and within a time span. */
  List<AccessEntry> list(String record, String user, Instant from, Instant to, int page, int size);

  long count(String record, String user, Instant from, Instant to);

  /**
   * Notices, newest first: break-glass accesses, possible duplicates and break-glass attempts over
   * the daily limit — on records within any of these jurisdiction prefixes, or {@code everywhere}
   * (auditors: also the refused attempts, which are placed nowhere).
   */
  List<AccessEntry> notices(
      Set<String> jurisdictionPrefixes, boolean everywhere, int page, int size);
}
