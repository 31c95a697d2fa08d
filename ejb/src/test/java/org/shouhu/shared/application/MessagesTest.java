package org.shouhu.shared.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.shouhu.casework.domain.CaseEvent;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.CaseStatus;
import org.shouhu.casework.domain.IdType;
import org.shouhu.casework.domain.PartyRole;
import org.shouhu.casework.domain.Sex;
import org.shouhu.shared.domain.Role;

class MessagesTest {

  @Test
  void everyKeyExistsInBothLanguages() {
    var chinese = Messages.bundle(Locale.SIMPLIFIED_CHINESE).keySet();
    var english = Messages.bundle(Locale.ENGLISH).keySet();
    assertThat(english).containsExactlyInAnyOrderElementsOf(chinese);
    var rulesChinese = Messages.validationBundle(Locale.SIMPLIFIED_CHINESE).keySet();
    var rulesEnglish = Messages.validationBundle(Locale.ENGLISH).keySet();
    assertThat(rulesEnglish).containsExactlyInAnyOrderElementsOf(rulesChinese);
    assertThat(rulesChinese).doesNotContainAnyElementsOf(chinese); // one text per key
  }

  @Test
  void namedPlaceholdersAreFilledAndAListOfConstantsIsShown() {
    assertThat(Messages.get(Locale.ENGLISH, "validation.tooLong", java.util.Map.of("max", 500)))
        .isEqualTo("At most 500 characters.");
    assertThat(
            Messages.get(
                Locale.SIMPLIFIED_CHINESE,
                "validation.enum",
                java.util.Map.of("allowed", org.shouhu.casework.domain.Sex.class)))
        .isEqualTo("取值无效，可选：F, M。");
    assertThat(Messages.get(Locale.ENGLISH, "case.breakGlass.limit", 5)).contains("5 break-glass");
  }

  /**
   * Every value a page shows by name has a label in both languages (the lists officials choose from
   * are in config/lists: {@code CaseworkCodeListsTest}), and English is English.
   */
  @Test
  void everyValueShownOnAPageHasALabelAndTheEnglishUiHasNoChineseLeft() {
    Map<String, Enum<?>[]> shown =
        Map.ofEntries(
            Map.entry("kind.", CaseKind.values()),
            Map.entry("status.", CaseStatus.values()),
            Map.entry("sex.", Sex.values()),
            Map.entry("idType.", IdType.values()),
            Map.entry("partyRole.", PartyRole.values()),
            Map.entry("event.", CaseEvent.Type.values()));
    for (Locale language : Messages.LANGUAGES) {
      ResourceBundle bundle = Messages.bundle(language);
      shown.forEach(
          (prefix, values) -> {
            for (Enum<?> value : values) {
              assertThat(bundle.containsKey(prefix + value.name()))
                  .as(language + ": " + prefix + value.name())
                  .isTrue();
            }
          });
      for (Role role : Role.values()) {
        assertThat(bundle.containsKey("role." + role.realmName())).as("role " + role).isTrue();
      }
    }
    ResourceBundle english = Messages.bundle(Locale.ENGLISH);
    for (String key : english.keySet()) {
      assertThat(english.getString(key))
          .as("English text of " + key)
          .doesNotContainPattern("\\p{IsHan}");
    }
  }

  @Test
  void chineseIsTheDefaultAndTheJvmLocaleNeverLeaksIn() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      assertThat(Messages.choose(List.of())).isEqualTo(Locale.SIMPLIFIED_CHINESE);
      assertThat(Messages.choose(List.of(Locale.FRENCH))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
      assertThat(Messages.get(Locale.SIMPLIFIED_CHINESE, "problem.title.404")).isEqualTo("未找到");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void englishForAnyEnglishTagInOrderOfPreference() {
    assertThat(Messages.choose(List.of(Locale.UK))).isEqualTo(Locale.ENGLISH);
    assertThat(Messages.choose(List.of(Locale.FRENCH, Locale.US))).isEqualTo(Locale.ENGLISH);
    assertThat(Messages.choose(List.of(Locale.TRADITIONAL_CHINESE, Locale.US)))
        .isEqualTo(Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void aMissingOrMalformedHeaderMeansChineseAndQualityDecides() {
    assertThat(Messages.fromHeader(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(Messages.fromHeader("")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(Messages.fromHeader("not;;a=header")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(Messages.fromHeader("en-US,en;q=0.9")).isEqualTo(Locale.ENGLISH);
    assertThat(Messages.fromHeader("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(Messages.fromHeader("fr;q=0.9,en;q=0.5")).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void argumentsAreFilledIn() {
    assertThat(Messages.get(Locale.ENGLISH, "directory.tree.DUPLICATE_CODE", 7, "210203001"))
        .isEqualTo("Jurisdiction tree file, line 7: code 210203001 appears twice.");
    assertThat(
            Messages.get(
                Locale.SIMPLIFIED_CHINESE, "directory.tree.DUPLICATE_CODE", 7, "210203001"))
        .isEqualTo("辖区树文件第 7 行：代码 210203001 重复出现。");
  }
}
