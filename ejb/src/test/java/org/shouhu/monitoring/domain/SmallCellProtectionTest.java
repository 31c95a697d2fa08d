package org.shouhu.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.monitoring.domain.SmallCellProtection.Shown.COMPLEMENTARY;
import static org.shouhu.monitoring.domain.SmallCellProtection.Shown.PUBLISHED;
import static org.shouhu.monitoring.domain.SmallCellProtection.Shown.SMALL;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallCellProtectionTest {

  private final SmallCellProtection protection = new SmallCellProtection(5);

  @Test
  void aCountFromOneToFourIsShownAsLessThanFiveAndZeroAsZero() {
    Release r = new Release().count("a", 3).count("b", 0).count("c", 5);
    Map<String, SmallCellProtection.Shown> shown = protection.protect(r);
    assertThat(shown)
        .containsEntry("a", SMALL)
        .containsEntry("b", PUBLISHED)
        .containsEntry("c", PUBLISHED);
    assertThat(protection.text(3, shown.get("a"))).isEqualTo("<5");
    assertThat(protection.text(0, shown.get("b"))).isEqualTo("0");
    assertThat(protection.text(5, shown.get("c"))).isEqualTo("5");
  }

  @Test
  void aHiddenCellThatTheTotalWouldGiveAwayTakesTheSmallestOtherCellWithIt() {
    // total 25 = 3 + 10 + 12: 25 − 10 − 12 would give the 3 back
    Release r =
        new Release()
            .count("s1", 3)
            .count("s2", 10)
            .count("s3", 12)
            .count("T", 25)
            .sum("T", List.of("s1", "s2", "s3"));
    Map<String, SmallCellProtection.Shown> shown = protection.protect(r);
    assertThat(shown)
        .containsEntry("s1", SMALL)
        .containsEntry("s2", COMPLEMENTARY)
        .containsEntry("s3", PUBLISHED)
        .containsEntry("T", PUBLISHED);
  }

  @Test
  void zerosDoNotHideAnything() {
    // 4 = 4 + 0: the zero is no cover, the total must go
    Release r = new Release().count("a", 4).count("b", 0).count("T", 4).sum("T", List.of("a", "b"));
    Map<String, SmallCellProtection.Shown> shown = protection.protect(r);
    assertThat(shown).containsEntry("a", SMALL).containsEntry("b", PUBLISHED);
    assertThat(shown.get("T")).isNotEqualTo(PUBLISHED);
  }

  @Test
  void twoTablesOfOneReleaseThatWouldRevealACellTogetherAreProtectedTogether() {
    // by street: T = s1 + s2 + s3; by sex within street 2: s2 = s2F + s2M.
    // Alone, the street table hides s1 (3) and s2 (20); but s2F + s2M from the other table
    // would give s2, then s1 = T − s2 − s3. Together, one of street 2's sexes hides too.
    Release r =
        new Release()
            .count("s1", 3)
            .count("s2", 20)
            .count("s3", 30)
            .count("T", 53)
            .count("s2F", 12)
            .count("s2M", 8)
            .sum("T", List.of("s1", "s2", "s3"))
            .sum("s2", List.of("s2F", "s2M"));
    Map<String, SmallCellProtection.Shown> shown = protection.protect(r);
    assertThat(shown).containsEntry("s1", SMALL).containsEntry("s2", COMPLEMENTARY);
    assertThat(shown).containsEntry("s2M", COMPLEMENTARY).containsEntry("s2F", PUBLISHED);
    // no sum of the release is left with a single hidden term
    for (Release.Sum sum : r.sums()) {
      long hidden =
          java.util.stream.Stream.concat(
                  sum.parts().stream(), java.util.stream.Stream.of(sum.total()))
              .filter(k -> shown.get(k) != PUBLISHED)
              .count();
      assertThat(hidden).as(sum.toString()).isNotEqualTo(1);
    }
  }

  @Test
  void aDistrictTotalMinusTheOtherStreetsGivesNothingAway() {
    // the same indicator asked by district (street cells) and per street (its sex cells):
    // the street total is one number in both answers
    Release r =
        new Release()
            .count("s1", 9)
            .count("s2", 40)
            .count("T", 49)
            .count("s1F", 2)
            .count("s1M", 7)
            .sum("T", List.of("s1", "s2"))
            .sum("s1", List.of("s1F", "s1M"));
    Map<String, SmallCellProtection.Shown> shown = protection.protect(r);
    assertThat(shown).containsEntry("s1F", SMALL).containsEntry("s1M", COMPLEMENTARY);
    assertThat(shown).containsEntry("s1", PUBLISHED).containsEntry("T", PUBLISHED);
  }
}
