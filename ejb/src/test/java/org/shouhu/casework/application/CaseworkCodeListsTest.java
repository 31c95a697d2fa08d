package org.shouhu.casework.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shouhu.shared.domain.CodeList;
import org.shouhu.shared.infrastructure.ConfigFiles;

/** The lists that ship in config/lists fit what casework declares, in both languages. */
class CaseworkCodeListsTest {

  @Test
  void everyShippedListLabelsEveryCodeInChineseAndEnglish() {
    new CaseworkCodeLists()
        .codeLists()
        .forEach(
            (name, codes) -> {
              List<String> lines =
                  ConfigFiles.lines(java.util.Optional.empty(), "/lists/" + name + ".tsv")
                      .orElseThrow();
              CodeList list = CodeList.parse(name, lines, codes);
              assertThat(list.codes()).as(name).containsExactlyInAnyOrderElementsOf(codes);
              for (CodeList.Entry e : list.entries()) {
                assertThat(e.chinese()).as(name + " " + e.code()).containsPattern("\\p{IsHan}");
                assertThat(e.english())
                    .as(name + " " + e.code())
                    .doesNotContainPattern("\\p{IsHan}");
              }
            });
  }

  @Test
  void theShippedOrderIsTheOneOfficialsKnow() {
    List<String> lines =
        ConfigFiles.lines(java.util.Optional.empty(), "/lists/reporter-type.tsv").orElseThrow();
    CodeList types =
        CodeList.parse(
            "reporter-type",
            lines,
            new CaseworkCodeLists().codeLists().get(CaseworkCodeLists.REPORTER_TYPE));
    assertThat(types.codes().get(0)).isEqualTo("SCHOOL"); // the mandatory reporters first
  }
}
