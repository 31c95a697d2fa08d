package org.shouhu.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import org.shouhu.casework.application.CaseQueries;
import org.shouhu.casework.application.CaseSheet;
import org.shouhu.casework.domain.CaseFilter;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.CaseStatus;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.web.PageModel;
import org.shouhu.shared.web.ShellBacking;
import org.shouhu.shared.web.UiText;

/**
 * The worklist: the user's own cases, her jurisdiction's, or (for supervisors and caseworkers)
 * those awaiting her closure decision; filtered by kind, status, overdue and assignee, newest or
 * oldest first, a page at a time (the same scoped, logged search as {@code GET /api/v1/cases}).
 */
@Named("worklist")
@ViewScoped
public class WorklistBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseQueries queries;
  @Inject CurrentUser user;
  @Inject UiText text;
  @Inject ShellBacking shell;
  @Inject DeadlineText deadlines;

  /** The worklist's views (see {@link #filter}). */
  static final List<String> VIEWS = List.of("all", "mine", "visits", "review", "overdue", "orders");

  private String view = "all";
  private CaseKind kind;
  private CaseStatus status;
  private boolean overdueOnly;
  private String assignee;
  private boolean oldestFirst;
  private Long overdueCount;

  /** A row of the worklist. */
  public record Row(
      String id,
      String caseNumber,
      String kind,
      String status,
      String receivedAt,
      String subject,
      boolean urgent,
      String assignee,
      DeadlineText.Shown next) {}

  private final PageModel<Row> model =
      new PageModel<>(
          () -> queries.count(filter(overdueOnly ? Boolean.TRUE : null)),
          (page, size) ->
              queries.list(filter(overdueOnly ? Boolean.TRUE : null), page, size).stream()
                  .map(this::row)
                  .toList(),
          Row::id);

  public PageModel<Row> getModel() {
    return model;
  }

  /** A filter changed: back to the first page. */
  public void filtersChanged() {
    overdueCount = null;
    PageModel.firstPage("worklist:wl-table");
  }

  /**
   * How many cases of the current view are overdue (shown in red above the list): counted once per
   * view and filter, not for each of the several times a render asks.
   */
  public long getOverdueCount() {
    if (overdueCount == null) {
      overdueCount = queries.count(filter(Boolean.TRUE));
    }
    return overdueCount;
  }

  /**
   * The view's filter: "mine" — my open cases (taken in by me or given to me); "visits" — visits
   * due by the end of this week (Sunday, Beijing), overdue ones included; "review" — closures
   * awaiting my decision (the assessments awaiting my review are listed above the table); "overdue"
   * — my jurisdiction's cases with a deadline overdue; "all" — my jurisdiction's cases.
   */
  private CaseFilter filter(Boolean overdue) {
    String me = user.username();
    Instant now = Instant.now();
    return new CaseFilter(
        view.equals("orders") || view.equals("watch") ? CaseKind.DOMESTIC_VIOLENCE : kind,
        status,
        null,
        view.equals("overdue") ? Boolean.TRUE : overdue,
        now,
        assignee == null || assignee.isBlank() ? null : assignee.strip(),
        view.equals("mine") ? me : null,
        view.equals("review") ? me : null,
        view.equals("mine") || view.equals("visits"),
        view.equals("visits") ? endOfThisWeek(now) : null,
        oldestFirst);
  }

  /** 24:00 of this week's Sunday in Beijing. */
  static Instant endOfThisWeek(Instant now) {
    return Beijing.endOf(
        Beijing.dateOf(now)
            .with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
  }

  private Row row(CaseSheet c) {
    CaseSheet.DeadlineSheet next =
        c.deadlines().stream().filter(CaseSheet.DeadlineSheet::open).findFirst().orElse(null);
    return new Row(
        c.id(),
        c.caseNumber(),
        text.of("kind." + c.kind().name()),
        text.of("status." + c.status().name()),
        shell.format(c.receivedAt()),
        c.subject().name(),
        c.urgent(),
        c.assignee() == null ? "" : c.assignee(),
        next == null ? null : deadlines.of(next));
  }

  public List<CaseKind> getKinds() {
    return List.of(CaseKind.values());
  }

  public List<CaseStatus> getStatuses() {
    return List.of(CaseStatus.values());
  }

  public String getView() {
    return view;
  }

  public void setView(String view) {
    this.view = VIEWS.contains(view) ? view : "all";
  }

  public CaseKind getKind() {
    return kind;
  }

  public void setKind(CaseKind kind) {
    this.kind = kind;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public void setStatus(CaseStatus status) {
    this.status = status;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public boolean isOldestFirst() {
    return oldestFirst;
  }

  public void setOldestFirst(boolean oldestFirst) {
    this.oldestFirst = oldestFirst;
  }
}
