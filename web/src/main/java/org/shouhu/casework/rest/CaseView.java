package org.shouhu.casework.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.ClosureRequest;
import org.shouhu.casework.domain.Deadline;
import org.shouhu.casework.domain.PartyRole;
import org.shouhu.casework.domain.PersonDetails;
import org.shouhu.casework.domain.Reporter;
import org.shouhu.casework.domain.Visit;
import org.shouhu.shared.rest.Times;

/**
 * A case as every case endpoint returns it (API.md "Cases"). Fields the caller may not see are
 * absent (the reporter, for legal-aid officers); {@code assignee} and {@code closureRequest} are
 * null when unset. {@code duplicates} and {@code duplicateElsewhere} appear on intake answers only.
 */
@JsonbPropertyOrder({
  "id",
  "caseNumber",
  "kind",
  "status",
  "channel",
  "jurisdiction",
  "category",
  "urgent",
  "summary",
  "receivedAt",
  "subject",
  "reporter",
  "people",
  "assignee",
  "referredTo",
  "version",
  "createdAt",
  "updatedAt",
  "deadlines",
  "visits",
  "closureRequest",
  "duplicates",
  "duplicateElsewhere"
})
public record CaseView(
    String id,
    String caseNumber,
    String kind,
    String status,
    String channel,
    String jurisdiction,
    String category,
    boolean urgent,
    String summary,
    String receivedAt,
    PersonView subject,
    ReporterView reporter,
    List<PartyView> people,
    @JsonbNillable String assignee,
    String referredTo,
    long version,
    String createdAt,
    String updatedAt,
    List<DeadlineView> deadlines,
    List<VisitView> visits,
    @JsonbNillable ClosureRequestView closureRequest,
    List<DuplicateView> duplicates,
    Boolean duplicateElsewhere) {

  /** A person as a case shows her. */
  public record PersonView(
      String name,
      String sex,
      String birthDate,
      String idType,
      String idNumber,
      String phone,
      String address) {

    static PersonView of(PersonDetails p, boolean reveal) {
      return new PersonView(
          p.name(),
          p.sex() == null ? null : p.sex().name(),
          Times.format(p.birthDate()),
          p.idType() == null ? null : p.idType().name(),
          reveal ? p.idNumber() : Masking.idNumber(p.idNumber()),
          reveal ? p.phone() : Masking.phone(p.phone()),
          p.address());
    }
  }

  /** Another person in the case, in her role. */
  public record PartyView(String role, PersonView person) {}

  /** The reporter; name and phone absent when anonymous. */
  public record ReporterView(String type, String name, String phone, boolean anonymous) {

    static ReporterView of(Reporter r, boolean reveal) {
      return new ReporterView(
          r.type() == null ? null : r.type().name(),
          r.name(),
          reveal ? r.phone() : Masking.phone(r.phone()),
          r.anonymous());
    }
  }

  /**
   * A deadline of the case. {@code overdue}: past {@code dueAt} and neither met nor lapsed,
   * computed as the case is read. Extensions: {@code metAt}, and {@code lapsed} (the case ended, or
   * left the phase the deadline belongs to, before it was met).
   */
  @JsonbPropertyOrder({"name", "dueAt", "met", "overdue", "metAt", "lapsed"})
  public record DeadlineView(
      String name, String dueAt, boolean met, boolean overdue, String metAt, boolean lapsed) {

    static DeadlineView of(Deadline d, Instant now) {
      return new DeadlineView(
          d.name(),
          Times.format(d.dueAt()),
          d.metAt().isPresent(),
          d.isOverdue(now),
          d.metAt().map(Times::format).orElse(null),
          d.lapsedAt().isPresent());
    }
  }

  /** A visit or contact (API.md "visits"). */
  @JsonbPropertyOrder({"id", "visitedAt", "mode", "notes", "nextVisitDue", "recordedBy"})
  public record VisitView(
      String id,
      String visitedAt,
      String mode,
      String notes,
      String nextVisitDue,
      String recordedBy) {

    public static VisitView of(Visit v) {
      return new VisitView(
          v.id(),
          Times.format(v.visitedAt()),
          v.mode().name(),
          v.notes(),
          v.nextVisitDue().map(Times::format).orElse(null),
          v.recordedBy());
    }
  }

  /**
   * A pending closure request. Nillable as a type: Yasson writes a null object property only when
   * its type says so, whatever the property says.
   */
  @JsonbNillable
  public record ClosureRequestView(String requestedBy, String requestedAt, String reason) {

    static ClosureRequestView of(ClosureRequest r) {
      return new ClosureRequestView(r.requestedBy(), Times.format(r.requestedAt()), r.reason());
    }
  }

  /** An open case of the same person that the caller may see. */
  public record DuplicateView(String caseNumber) {}

  /** The case as its viewer may see it; ID and phone numbers masked unless revealed. */
  public static CaseView of(Case c, boolean withoutReporter) {
    return of(c, withoutReporter, false);
  }

  public static CaseView of(Case c, boolean withoutReporter, boolean reveal) {
    Instant now = Instant.now();
    List<PartyView> people =
        c.parties().stream()
            .filter(p -> p.role() != PartyRole.SUBJECT)
            .map(p -> new PartyView(p.role().name(), PersonView.of(p.person().details(), reveal)))
            .toList();
    return new CaseView(
        c.id(),
        c.caseNumber().value(),
        c.kind().name(),
        c.status().name(),
        c.channel().name(),
        c.jurisdiction().value(),
        c.category().map(CaseCategory::name).orElse(null),
        c.urgent(),
        c.summary(),
        Times.format(c.receivedAt()),
        PersonView.of(c.subject().details(), reveal),
        withoutReporter ? null : c.reporter().map(r -> ReporterView.of(r, reveal)).orElse(null),
        people,
        c.assignee().orElse(null),
        c.referredTo().orElse(null),
        c.version(),
        Times.format(c.createdAt()),
        Times.format(c.updatedAt()),
        c.deadlines().stream().map(d -> DeadlineView.of(d, now)).toList(),
        withoutReporter ? null : c.visits().stream().map(VisitView::of).toList(),
        c.closureRequest().map(ClosureRequestView::of).orElse(null),
        null,
        null);
  }

  /** The same view with the duplicate warning of an intake answer. */
  public CaseView withDuplicates(List<String> caseNumbers, boolean elsewhere) {
    return new CaseView(
        id,
        caseNumber,
        kind,
        status,
        channel,
        jurisdiction,
        category,
        urgent,
        summary,
        receivedAt,
        subject,
        reporter,
        people,
        assignee,
        referredTo,
        version,
        createdAt,
        updatedAt,
        deadlines,
        visits,
        closureRequest,
        caseNumbers.stream().map(DuplicateView::new).toList(),
        elsewhere);
  }
}
