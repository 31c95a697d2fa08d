package org.shouhu.casework.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.shouhu.shared.domain.Beijing;

/**
 * The deadline engine of one case (DOMAIN.md §2): milestones start the deadlines their rules name
 * (computed from the moment of the milestone, in hours, days, working days or months) and meet the
 * open deadlines they meet; a deadline of the same name still open is replaced (it lapses); a case
 * that ends, or leaves the phase a deadline belongs to, lapses what is open. Works on the case's
 * own list of deadlines, which it only ever appends to.
 */
final class CaseDeadlines {

  private final Case owner;
  private final List<Deadline> deadlines;

  CaseDeadlines(Case owner, List<Deadline> deadlines) {
    this.owner = owner;
    this.deadlines = deadlines;
  }

  /**
   * {@code milestone} was reached at {@code at}: it meets the open deadlines it meets, and starts
   * the deadlines its rules start for the case's kind (shorter when the case is urgent).
   */
  void reach(Milestone milestone, Instant at, DeadlinePolicy policy) {
    deadlines.stream().filter(d -> d.isOpen() && d.metBy() == milestone).forEach(d -> d.meet(at));
    for (DeadlineRule rule : policy.rules().startedBy(owner.kind(), milestone)) {
      lapse(d -> d.name().equals(rule.name()), at);
      Instant due = rule.dueFrom(at, owner.report().urgent(), policy.calendar());
      deadlines.add(new Deadline(owner, rule.name(), milestone, at, due, rule.metBy()));
    }
  }

  /**
   * The case moved from {@code from} to {@code to}: not accepting lapses everything still open;
   * reopening starts a new assessment; leaving assessment completes it; entering follow-up starts
   * the follow-up visits, and going back to intervention lapses them.
   */
  void moved(CaseStatus from, CaseStatus to, Instant at, DeadlinePolicy policy) {
    if (to == CaseStatus.NOT_ACCEPTED) {
      lapseAll(at);
    } else if (from == CaseStatus.CLOSED) {
      reach(Milestone.REOPENED, at, policy);
    } else if (from == CaseStatus.ASSESSMENT) {
      reach(Milestone.ASSESSED, at, policy);
    } else if (to == CaseStatus.FOLLOW_UP) {
      reach(Milestone.FOLLOW_UP_STARTED, at, policy);
    } else if (from == CaseStatus.FOLLOW_UP) {
      lapse(d -> d.startedBy() == Milestone.FOLLOW_UP_STARTED, at);
    }
  }

  /**
   * A deadline a case kind keeps: started at {@code at}, due at {@code due}; one of the same name
   * and reference still open lapses.
   */
  Deadline track(String name, String ref, Instant at, Instant due) {
    lapse(d -> d.name().equals(name) && Objects.equals(d.ref().orElse(null), ref), at);
    Deadline d = new Deadline(owner, name, ref, Milestone.RECORDED, at, due, Milestone.RECORDED);
    deadlines.add(d);
    return d;
  }

  /** Meets ({@code met}) or lapses the open deadline of that name and reference, if any. */
  void settle(String name, String ref, Instant at, boolean met) {
    for (Deadline d : deadlines) {
      if (d.isOpen()
          && d.metBy() == Milestone.RECORDED
          && d.name().equals(name)
          && Objects.equals(d.ref().orElse(null), ref)) {
        if (met) {
          d.meet(at);
        } else {
          d.lapse(at);
        }
      }
    }
  }

  /** Lapses the open deadlines {@code which} selects. */
  void lapse(Predicate<Deadline> which, Instant at) {
    deadlines.stream().filter(d -> d.isOpen() && which.test(d)).forEach(d -> d.lapse(at));
  }

  void lapseAll(Instant at) {
    lapse(d -> true, at);
  }

  /**
   * A visit at {@code visitedAt} meets, in each series of visit deadlines that one milestone
   * started before it (the first contact; the monthly follow-up visits; a planned next visit), the
   * earliest one still open — unless the one before it in the series was not yet due at the visit:
   * three visits in the first week of follow-up meet the first monthly visit, not all three. {@code
   * nextVisitDue} (optional) starts a deadline for the next visit, due at 24:00 of that day.
   */
  void visited(Instant visitedAt, LocalDate nextVisitDue) {
    Map<String, List<Deadline>> series =
        inOrder().stream()
            .filter(d -> d.metBy() == Milestone.VISITED && !d.startedAt().isAfter(visitedAt))
            .collect(
                Collectors.groupingBy(
                    d -> d.startedBy() + "@" + d.startedAt(), TreeMap::new, Collectors.toList()));
    for (List<Deadline> inOrder : series.values()) {
      for (int i = 0; i < inOrder.size(); i++) {
        Deadline d = inOrder.get(i);
        if (d.isOpen()) {
          if (i == 0 || !visitedAt.isBefore(inOrder.get(i - 1).dueAt())) {
            d.meet(visitedAt);
          }
          break;
        }
      }
    }
    if (nextVisitDue != null) {
      deadlines.add(
          new Deadline(
              owner,
              "NEXT_VISIT",
              Milestone.VISITED,
              visitedAt,
              Beijing.endOf(nextVisitDue),
              Milestone.VISITED));
    }
  }

  /** Earliest due first. */
  List<Deadline> inOrder() {
    return deadlines.stream().sorted(Comparator.comparing(Deadline::dueAt)).toList();
  }
}
