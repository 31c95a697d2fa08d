package org.shouhu.casework.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.CaseStatus;
import org.shouhu.casework.domain.Channel;
import org.shouhu.casework.domain.Reader;

/**
 * A case as one reader may see it — the only form in which REST resources and pages get a case
 * ({@link CaseSheets} cuts it from the aggregate by DOMAIN.md §4). What the reader may not see is
 * null (a part) or masked (numbers, addresses); nothing is left for an adapter to decide. {@code
 * reader} is null for a receipt: the answer to an action after which its author no longer reads the
 * case (a hotline operator's triage), which keeps only the case's identity and status.
 *
 * <p>{@code parts} holds what other contexts keep about the case (legal-aid referrals, and later
 * orders, placements, support files, grants), each under its JSON name and already cut for the
 * reader. {@code timeline} is present only where the use case asked for it. {@code work} says what
 * the caller may do now, for pages that offer only what is allowed.
 */
public record CaseSheet(
    Reader reader,
    String id,
    String caseNumber,
    CaseKind kind,
    CaseStatus status,
    Channel channel,
    String jurisdiction,
    CaseCategory category,
    boolean urgent,
    String summary,
    Instant receivedAt,
    PersonSheet subject,
    ReporterSheet reporter,
    List<PartySheet> people,
    String assignee,
    String referredTo,
    long version,
    Instant createdAt,
    Instant updatedAt,
    List<DeadlineSheet> deadlines,
    List<VisitSheet> visits,
    ClosureRequestSheet closureRequest,
    List<EventSheet> timeline,
    Map<String, Object> parts,
    boolean revealed,
    Work work) {

  /** A person: ID and phone numbers and the address masked unless revealed. */
  public record PersonSheet(
      String name,
      String sex,
      LocalDate birthDate,
      String idType,
      String idNumber,
      String phone,
      String address) {}

  /** Another person of the case, in her role. */
  public record PartySheet(String role, PersonSheet person) {}

  /** The reporter; name and phone absent when anonymous, the phone masked unless revealed. */
  public record ReporterSheet(String type, String name, String phone, boolean anonymous) {}

  /**
   * A deadline; {@code overdue} (past {@code dueAt}, neither met nor lapsed) as of the moment the
   * sheet was cut.
   */
  public record DeadlineSheet(
      String name,
      Instant dueAt,
      Instant metAt,
      Instant lapsedAt,
      boolean overdue,
      boolean metOnTime) {

    public boolean open() {
      return metAt == null && lapsedAt == null;
    }
  }

  /** A visit or contact ({@code present} and {@code childSeenAlone} absent when not said). */
  public record VisitSheet(
      String id,
      Instant visitedAt,
      String mode,
      String present,
      Boolean childSeenAlone,
      String notes,
      LocalDate nextVisitDue,
      String recordedBy) {}

  /**
   * An entry of the timeline: {@code detail} in one line as the API shows it; {@code codes} and
   * {@code text} apart, for pages that show the codes as labels.
   */
  public record EventSheet(
      Instant at, String user, String type, String detail, List<String> codes, String text) {}

  /** A pending closure request. */
  public record ClosureRequestSheet(String requestedBy, Instant requestedAt, String reason) {}

  /**
   * What the caller may do on the case now, as the case's own rules say: the statuses she may move
   * it to (and which of those need a reason), ask for or decide its closure, assign it, record a
   * visit, refer it to legal aid, reveal its numbers.
   */
  public record Work(
      List<CaseStatus> moves,
      List<CaseStatus> movesNeedingReason,
      boolean requestClosure,
      boolean decideClosure,
      boolean assign,
      boolean visit,
      boolean refer,
      boolean reveal) {

    public static final Work NONE =
        new Work(List.of(), List.of(), false, false, false, false, false, false);
  }

  public boolean isReceipt() {
    return reader == null;
  }

  /** A part another context keeps, if this reader may see it. */
  public Optional<Object> part(String name) {
    return Optional.ofNullable(parts.get(name));
  }
}
