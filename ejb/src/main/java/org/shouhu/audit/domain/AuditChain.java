package org.shouhu.audit.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tamper evidence of the access log. Each entry carries an HMAC of its own content, made when
 * it is written (an entry edited or inserted later lacks a valid one); a single sealer then gives
 * entries consecutive sequence numbers and a chain MAC over the previous link, in the order it
 * finds them committed (a deleted entry leaves a gap or breaks the next link; a truncated tail no
 * longer matches the head). The key lives outside the database.
 */
public final class AuditChain {

  /** The keyed hash (HMAC-SHA-256 with the audit key). */
  public interface Mac {
    String of(String text);
  }

  /** What is wrong at the first broken place of the log. */
  public enum Break {
    ALTERED,
    MISSING,
    INSERTED,
    HEAD_MISMATCH
  }

  /** The verdict of a {@link Verification}: ok, or the first broken entry. */
  public record Verdict(boolean ok, long entries, Long brokenAt, String entryId, Break problem) {}

  /** The last sealed link: its sequence number and chain MAC. */
  public record Head(long sequence, String chainMac) {
    public static final Head GENESIS = new Head(0, "genesis");
  }

  private final Mac mac;

  public AuditChain(Mac mac) {
    this.mac = mac;
  }

  public String entryMac(String id, EntryFacts facts) {
    return mac.of("entry|" + facts.canonical(id));
  }

  public String link(Head previous, long sequence, String entryMac) {
    return mac.of("link|" + previous.chainMac() + "|" + sequence + "|" + entryMac);
  }

  /** Seals {@code entries} (in this order) after {@code head}; returns the new head. */
  public Head seal(Head head, List<AccessEntry> entries) {
    Head current = head;
    for (AccessEntry entry : entries) {
      long sequence = current.sequence() + 1;
      String chainMac = link(current, sequence, entry.entryMac());
      entry.seal(sequence, chainMac);
      current = new Head(sequence, chainMac);
    }
    return current;
  }

  /**
   * A verification fed one entry at a time (a log too large to hold in memory is read a page at a
   * time), against {@code head} and every checkpoint the sealer recorded (sequence → chain MAC):
   * rewriting the log's tail together with its head does not escape them.
   */
  public Verification verification(Optional<Head> head, Map<Long, String> checkpoints) {
    return new Verification(head.orElse(Head.GENESIS), checkpoints);
  }

  /**
   * Checks sealed entries in sequence order ({@link #sealed}), then {@link #endOfSealed}, then the
   * unsealed ones ({@link #unsealed}); the first break is kept and later entries are only counted.
   */
  public final class Verification {
    private final Head expected;
    private final Map<Long, String> checkpoints;
    private Head current = Head.GENESIS;
    private long entries;
    private Verdict broken;

    private Verification(Head expected, Map<Long, String> checkpoints) {
      this.expected = expected;
      this.checkpoints = checkpoints;
    }

    /** The next sealed entry; false once the chain is broken (reading on is pointless). */
    public boolean sealed(AccessEntry entry) {
      entries++;
      if (broken != null) {
        return false;
      }
      if (!entry.entryMac().equals(entryMac(entry.id(), entry.facts()))) {
        return breakAt(entry, Break.ALTERED);
      }
      if (entry.sequence() != current.sequence() + 1) {
        return breakAt(entry, Break.MISSING);
      }
      if (!entry.chainMac().equals(link(current, entry.sequence(), entry.entryMac()))) {
        return breakAt(entry, Break.INSERTED);
      }
      current = new Head(entry.sequence(), entry.chainMac());
      String checkpoint = checkpoints.get(current.sequence());
      if (checkpoint != null && !checkpoint.equals(current.chainMac())) {
        return breakAt(entry, Break.HEAD_MISMATCH);
      }
      return true;
    }

    /** After the last sealed entry: the chain must reach the last checkpoint and the head. */
    public void endOfSealed() {
      if (broken != null) {
        return;
      }
      Long lastCheckpoint = checkpoints.keySet().stream().max(Long::compare).orElse(0L);
      if (lastCheckpoint > current.sequence()
          || expected.sequence() != current.sequence()
          || !expected.chainMac().equals(current.chainMac())) {
        broken = new Verdict(false, entries, current.sequence() + 1, null, Break.MISSING);
      }
    }

    /** An entry not sealed yet: only its own MAC can be checked. */
    public boolean unsealed(AccessEntry entry) {
      entries++;
      if (broken != null) {
        return false;
      }
      if (!entry.entryMac().equals(entryMac(entry.id(), entry.facts()))) {
        return breakAt(entry, Break.INSERTED);
      }
      return true;
    }

    private boolean breakAt(AccessEntry entry, Break problem) {
      broken = new Verdict(false, entries, entry.sequence(), entry.id(), problem);
      return false;
    }

    public Verdict verdict() {
      return broken != null ? broken : new Verdict(true, entries, null, null, null);
    }
  }
}
