package org.shouhu.casework.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.List;
import java.util.Map;
import org.shouhu.casework.application.CaseSheet;
import org.shouhu.shared.rest.RecordWithParts;
import org.shouhu.shared.rest.Times;

/**
 * A case as every case endpoint returns it (API.md "Cases"): the caller's {@link CaseSheet} in the
 * API's shape, field for field. What the sheet leaves out is absent; {@code assignee} and {@code
 * closureRequest} are null when unset. The parts other contexts keep ({@code legalAidReferrals}, …)
 * follow as fields of their own. {@code duplicates} and {@code duplicateElsewhere} appear on intake
 * answers only, {@code timeline} on break-glass answers only.
 */
@JsonbTypeSerializer(RecordWithParts.Serializer.class)
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
  "timeline",
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
    Boolean urgent,
    String summary,
    String receivedAt,
    CaseSheet.PersonSheet subject,
    CaseSheet.ReporterSheet reporter,
    List<CaseSheet.PartySheet> people,
    @JsonbNillable String assignee,
    String referredTo,
    long version,
    String createdAt,
    String updatedAt,
    List<DeadlineView> deadlines,
    List<CaseSheet.VisitSheet> visits,
    @JsonbNillable CaseSheet.ClosureRequestSheet closureRequest,
    List<EventView> timeline,
    List<DuplicateView> duplicates,
    Boolean duplicateElsewhere,
    @JsonbTransient Map<String, Object> parts)
    implements RecordWithParts {

  /**
   * A deadline of the case. {@code overdue}: past {@code dueAt} and neither met nor lapsed,
   * computed as the case is read. Extensions: {@code metAt}, and {@code lapsed} (the case ended, or
   * left the phase the deadline belongs to, before it was met).
   */
  @JsonbPropertyOrder({"name", "dueAt", "met", "overdue", "metAt", "lapsed"})
  public record DeadlineView(
      String name, String dueAt, boolean met, boolean overdue, String metAt, boolean lapsed) {

    static DeadlineView of(CaseSheet.DeadlineSheet d) {
      return new DeadlineView(
          d.name(),
          Times.format(d.dueAt()),
          d.metAt() != null,
          d.overdue(),
          Times.format(d.metAt()),
          d.lapsedAt() != null);
    }
  }

  /** An entry of the timeline: its codes and text in one line (e.g. "INTAKE → ASSESSMENT: …"). */
  @JsonbPropertyOrder({"at", "user", "type", "detail"})
  public record EventView(String at, String user, String type, String detail) {

    static EventView of(CaseSheet.EventSheet e) {
      return new EventView(Times.format(e.at()), e.user(), e.type(), e.detail());
    }
  }

  /** An open case of the same person that the caller may see. */
  public record DuplicateView(String caseNumber) {}

  /** The case as its reader may see it. */
  public static CaseView of(CaseSheet s) {
    return of(s, null, null);
  }

  /** The answer to an intake: the case with the duplicate warning. */
  public static CaseView of(CaseSheet s, List<String> duplicates, Boolean elsewhere) {
    boolean receipt = s.isReceipt();
    return new CaseView(
        s.id(),
        s.caseNumber(),
        s.kind().name(),
        s.status().name(),
        receipt ? null : s.channel().name(),
        s.jurisdiction(),
        s.category() == null ? null : s.category().name(),
        receipt ? null : s.urgent(),
        s.summary(),
        Times.format(s.receivedAt()),
        s.subject(),
        s.reporter(),
        receipt ? null : s.people(),
        s.assignee(),
        s.referredTo(),
        s.version(),
        Times.format(s.createdAt()),
        Times.format(s.updatedAt()),
        receipt ? null : s.deadlines().stream().map(DeadlineView::of).toList(),
        s.visits(),
        s.closureRequest(),
        s.reader() == org.shouhu.casework.domain.Reader.BREAK_GLASS
            ? s.timeline().stream().map(EventView::of).toList()
            : null,
        duplicates == null ? null : duplicates.stream().map(DuplicateView::new).toList(),
        elsewhere,
        s.parts());
  }
}
