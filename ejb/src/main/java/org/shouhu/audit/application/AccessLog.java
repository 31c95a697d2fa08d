package org.shouhu.audit.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.shouhu.audit.domain.AccessEntry;
import org.shouhu.audit.domain.AccessLogRepository;
import org.shouhu.audit.domain.AuditChain;
import org.shouhu.audit.domain.EntryFacts;
import org.shouhu.shared.application.AccessRefused;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.Role;

/**
 * Writes the access log: an entry per read, search and write of a case, in the transaction of the
 * business operation (no entry without the operation, no operation without its entry), and per
 * refused attempt in a transaction of its own (the refusal rolls the business one back). Nothing
 * here waits for the chain: the sealer links entries afterwards.
 */
@Stateless
public class AccessLog {

  @Inject CurrentUser user;
  @Inject AccessLogRepository log;
  @Inject AuditChain chain;

  /** The longest record id kept whole; a longer one (no id of Shouhu's is) is cut with "…". */
  static final int RECORD_MAX = 64;

  /**
   * {@code text} cut to {@code max} characters (its column's size) with "…": what a request names
   * is kept as far as it fits, and never fails the request.
   */
  static String cut(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  /** A successful access to {@code records} (ids), which lie in {@code jurisdiction}. */
  public void record(String action, Collection<String> records, String jurisdiction) {
    append(action, records, jurisdiction, "OK", null);
  }

  /**
   * A break-glass access ({@code BREAK_GLASS_READ}, or {@code BREAK_GLASS_REVEAL} with the numbers
   * in full): flagged, with its reason, shown to auditors and the case's supervisor.
   */
  public void breakGlass(String action, String record, String jurisdiction, String reason) {
    append(action, List.of(record), jurisdiction, "OK", reason);
  }

  /**
   * A possible duplicate: an intake elsewhere named the subject of {@code record}; its own
   * supervisor sees the notice (with the new case's id), the caller learnt nothing.
   */
  public void possibleDuplicate(String record, String jurisdiction, String newCase) {
    append("POSSIBLE_DUPLICATE", List.of(record, newCase), jurisdiction, "OK", null);
  }

  /**
   * A refused attempt (404, 403 or 429), whoever noticed it (a use case, the REST layer's role
   * check), kept even though the request's own work rolls back.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void refused(@Observes AccessRefused refused) {
    String action = refused.action();
    String record = refused.record();
    String outcome = refused.outcome();
    append(action, record == null ? List.of() : List.of(record), null, outcome, null);
  }

  private void append(
      String action,
      Collection<String> records,
      String jurisdiction,
      String outcome,
      String reason) {
    EntryFacts facts =
        new EntryFacts(
            Instant.now().truncatedTo(ChronoUnit.MICROS), // what the database keeps, MAC'd
            cut(user.isAuthenticated() ? user.username() : "anonymous", 255),
            cut(
                user.roles().stream()
                    .map(Role::realmName)
                    .sorted()
                    .collect(Collectors.joining(",")),
                255),
            cut(action, 32),
            records.isEmpty()
                ? null
                : cut(
                    records.stream().map(r -> cut(r, RECORD_MAX)).collect(Collectors.joining(",")),
                    4000),
            jurisdiction,
            outcome,
            cut(user.clientAddress(), 64),
            reason);
    log.append(new AccessEntry(facts, chain));
  }
}
