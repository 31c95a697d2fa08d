package org.shouhu.audit.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.List;
import org.shouhu.audit.domain.AccessEntry;
import org.shouhu.audit.domain.AccessLogRepository;
import org.shouhu.audit.domain.AuditChain;

/**
 * Links committed entries into the chain every few seconds, in the order it finds them. The head
 * row is locked for the duration, so that one sealer works at a time across servers; no request
 * ever waits for it.
 */
@Singleton
public class AuditSealer {

  static final int BATCH = 2000;

  /** Batches per run at most: up to 4,000 entries a second, the head held for one run only. */
  static final int ROUNDS = 10;

  @Inject AccessLogRepository log;
  @Inject AuditChain chain;

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  public void seal() {
    AuditChain.Head head = log.lockHead();
    for (int round = 0; round < ROUNDS; round++) {
      List<AccessEntry> entries = log.unsealed(BATCH);
      if (entries.isEmpty()) {
        return;
      }
      head = chain.seal(head, entries);
      log.moveHead(head);
      if (entries.size() < BATCH) {
        return;
      }
    }
  }
}
