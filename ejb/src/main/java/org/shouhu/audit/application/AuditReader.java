package org.shouhu.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shouhu.audit.domain.AccessEntry;
import org.shouhu.audit.domain.AccessLogRepository;
import org.shouhu.audit.domain.AuditChain;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.Role;

/** Reading the access log (auditors) and verifying its chain. */
@Stateless
public class AuditReader {

  static final int VERIFY_PAGE = 5_000;

  @Inject AccessLogRepository log;
  @Inject CurrentUser user;
  @Inject AuditChain chain;

  /** A page of entries and the total. */
  public record Page(List<AccessEntry> items, long total) {}

  /** Entries naming {@code record} and/or made by {@code user} (null: any), newest first. */
  @RolesAllowed(Role.Names.AUDITOR)
  public Page list(String record, String user, Instant from, Instant to, int page, int size) {
    return new Page(entries(record, user, from, to, page, size), count(record, user, from, to));
  }

  /** One page of the entries {@link #list} gives, without the total. */
  @RolesAllowed(Role.Names.AUDITOR)
  public List<AccessEntry> entries(
      String record, String user, Instant from, Instant to, int page, int size) {
    return log.list(record, user, from, to, page, size);
  }

  /** How many entries {@link #list} would give in all. */
  @RolesAllowed(Role.Names.AUDITOR)
  public long count(String record, String user, Instant from, Instant to) {
    return log.count(record, user, from, to);
  }

  /**
   * Notices for the caller: auditors see every break-glass access, possible duplicate and refused
   * break-glass attempt; supervisors and caseworkers those on cases of their jurisdiction.
   */
  @RolesAllowed({Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER, Role.Names.AUDITOR})
  public List<AccessEntry> notices(int page, int size) {
    boolean auditor = user.has(Role.AUDITOR);
    Set<String> prefixes = user.jurisdiction().map(code -> Set.of(code.value())).orElse(Set.of());
    return log.notices(prefixes, auditor, page, size);
  }

  /**
   * Checks every entry and the chain, holding the head so that no sealer moves it meanwhile. The
   * log is read a page at a time (by sequence), so that its size is bounded by the disk, not the
   * heap.
   */
  @RolesAllowed(Role.Names.AUDITOR)
  public AuditChain.Verdict verify() {
    AuditChain.Head head = log.lockHead();
    AuditChain.Verification verification = chain.verification(Optional.of(head), log.checkpoints());
    long after = 0;
    List<AccessEntry> page;
    do {
      page = log.sealedAfter(after, VERIFY_PAGE);
      for (AccessEntry entry : page) {
        if (!verification.sealed(entry)) {
          return verification.verdict();
        }
        after = entry.sequence();
      }
      log.forget();
    } while (page.size() == VERIFY_PAGE);
    verification.endOfSealed();
    log.unsealed(Integer.MAX_VALUE).forEach(verification::unsealed);
    return verification.verdict();
  }
}
