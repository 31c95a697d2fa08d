package org.shouhu.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.casework.domain.Cases.NOW;
import static org.shouhu.casework.domain.Cases.POLICY;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shouhu.shared.domain.Beijing;

/**
 * The deadline engine on its own, over a list of its own (the case only gives kind and urgency).
 */
class CaseDeadlinesEngineTest {

  private final List<Deadline> list = new ArrayList<>();
  private final CaseDeadlines engine = new CaseDeadlines(Cases.received(), list);

  private List<String> open() {
    return engine.inOrder().stream().filter(Deadline::isOpen).map(Deadline::name).toList();
  }

  @Test
  void aMilestoneStartsItsRulesDeadlinesAndAStartedNameReplacesTheOpenOne() {
    engine.reach(Milestone.RECEIVED, NOW, POLICY);
    assertThat(open()).containsExactly("FIRST_CONTACT", "ASSESSMENT");
    Instant later = NOW.plus(Duration.ofHours(1));
    engine.reach(Milestone.RECEIVED, later, POLICY);
    assertThat(open()).containsExactly("FIRST_CONTACT", "ASSESSMENT");
    assertThat(list).hasSize(4);
    assertThat(list.subList(0, 2)).allMatch(d -> d.lapsedAt().equals(java.util.Optional.of(later)));
  }

  @Test
  void aMilestoneMeetsWhatItMeets() {
    engine.reach(Milestone.RECEIVED, NOW, POLICY);
    engine.reach(Milestone.ASSESSED, NOW.plus(Duration.ofDays(1)), POLICY);
    assertThat(open()).containsExactly("FIRST_CONTACT");
  }

  @Test
  void movingLapsesOrStartsWhatTheLifecycleSays() {
    engine.reach(Milestone.RECEIVED, NOW, POLICY);
    engine.moved(CaseStatus.INTAKE, CaseStatus.NOT_ACCEPTED, NOW, POLICY);
    assertThat(open()).isEmpty();
    engine.moved(CaseStatus.CLOSED, CaseStatus.ASSESSMENT, NOW, POLICY);
    assertThat(open()).containsExactly("ASSESSMENT");
    engine.moved(CaseStatus.INTERVENTION, CaseStatus.FOLLOW_UP, NOW, POLICY);
    assertThat(open()).contains("FOLLOW_UP_VISIT_1", "FOLLOW_UP_VISIT_3");
    engine.moved(CaseStatus.FOLLOW_UP, CaseStatus.INTERVENTION, NOW, POLICY);
    assertThat(open()).containsExactly("ASSESSMENT");
  }

  @Test
  void aVisitMeetsOneDeadlinePerSeriesAndPlansTheNext() {
    engine.reach(Milestone.RECEIVED, NOW, POLICY);
    Instant visit = NOW.plus(Duration.ofHours(2));
    engine.visited(visit, LocalDate.of(2026, 12, 10));
    assertThat(open()).containsExactly("ASSESSMENT", "NEXT_VISIT");
    Deadline next =
        engine.inOrder().stream()
            .filter(d -> d.name().equals("NEXT_VISIT"))
            .findFirst()
            .orElseThrow();
    assertThat(next.dueAt()).isEqualTo(Beijing.endOf(LocalDate.of(2026, 12, 10)));
    assertThat(next.startedAt()).isEqualTo(visit);
  }
}
