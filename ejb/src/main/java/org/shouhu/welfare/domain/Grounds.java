package org.shouhu.welfare.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Why a child has no one to raise her: each parent's situation and the day it began (the six-month
 * rules count from it).
 */
public record Grounds(Parent father, Parent mother) {

  /** One parent's situation since a day (null: not known). */
  public record Parent(ParentSituation situation, LocalDate since) {}

  /** The categories of support (API.md). */
  public enum Category {
    ORPHAN,
    DE_FACTO_UNATTENDED
  }

  /**
   * Why these grounds do not make a child of {@code category} on {@code appliedOn}, as a message
   * key with the parent it names; empty when they do. An orphan's parents are both dead, declared
   * dead or missing (国办发〔2010〕54号); a de-facto unattended child is not an orphan and each parent is
   * in one of the situations other than NONE — prison, drug rehabilitation, other restriction of
   * liberty and lost contact counting only from six months before the application (民发〔2019〕62号).
   */
  public Optional<Refusal> refusal(Category category, LocalDate appliedOn) {
    if (category == Category.ORPHAN) {
      if (!father.situation().gone()) {
        return Optional.of(new Refusal("father", "support.rule.orphan"));
      }
      if (!mother.situation().gone()) {
        return Optional.of(new Refusal("mother", "support.rule.orphan"));
      }
      return Optional.empty();
    }
    if (father.situation().gone() && mother.situation().gone()) {
      return Optional.of(new Refusal("father", "support.rule.isOrphan"));
    }
    for (String which : new String[] {"father", "mother"}) {
      Parent p = which.equals("father") ? father : mother;
      if (p.situation() == ParentSituation.NONE) {
        return Optional.of(new Refusal(which, "support.rule.parentAble"));
      }
      if (p.situation().countsAfterSixMonths()
          && (p.since() == null || p.since().isAfter(appliedOn.minusMonths(6)))) {
        return Optional.of(new Refusal(which, "support.rule.sixMonths"));
      }
    }
    return Optional.empty();
  }

  /** A refusal: the parent whose situation fails (the field) and the rule, as a message key. */
  public record Refusal(String parent, String rule) {}
}
