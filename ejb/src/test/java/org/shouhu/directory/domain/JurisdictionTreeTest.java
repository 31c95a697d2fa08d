package org.shouhu.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shouhu.directory.domain.MalformedTreeException.Reason;
import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.JurisdictionLevel;

class JurisdictionTreeTest {

  private static final List<String> GOOD =
      List.of(
          "# comment",
          "210203001001\t长江路社区\tChangjiang Road Community",
          "",
          "210203\t西岗区\tXigang District",
          "210203001\t人民广场街道\tRenmin Square Subdistrict",
          "210203002\t白云街道\tBaiyun Subdistrict");

  @Test
  void parsesNodesInAnyOrderAndSortsParentsFirst() {
    JurisdictionTree tree = JurisdictionTree.parse(GOOD);

    assertThat(tree.size()).isEqualTo(4);
    assertThat(tree.nodes())
        .extracting(n -> n.code().value())
        .containsExactly("210203", "210203001", "210203001001", "210203002");
    assertThat(tree.district().nameZh()).isEqualTo("西岗区");
    JurisdictionNode community = tree.find(new JurisdictionCode("210203001001")).orElseThrow();
    assertThat(community.level()).isEqualTo(JurisdictionLevel.COMMUNITY);
    assertThat(community.nameEn()).isEqualTo("Changjiang Road Community");
  }

  @Test
  void refusesAWrongNumberOfFieldsNamingTheLine() {
    assertRefused(
        List.of("210203\t西岗区\tXigang District", "210203001\t人民广场街道"), 2, Reason.WRONG_FIELD_COUNT);
  }

  @Test
  void refusesAMalformedCodeNamingTheLine() {
    assertRefused(
        List.of("210203\t西岗区\tXigang", "# c", "21020300\t坏\tBad"), 3, Reason.MALFORMED_CODE);
    assertRefused(List.of("210203\t西岗区\tXigang", "21020300a\t坏\tBad"), 2, Reason.MALFORMED_CODE);
    assertRefused(List.of("２１０２０３\t西岗区\tXigang"), 1, Reason.MALFORMED_CODE);
  }

  @Test
  void refusesAMissingName() {
    assertRefused(List.of("210203\t西岗区\tXigang", "210203001\t \tRenmin"), 2, Reason.MISSING_NAME);
  }

  @Test
  void refusesADuplicateCode() {
    assertRefused(
        List.of("210203\t西岗区\tXigang", "210203001\t甲\tA", "210203001\t乙\tB"),
        3,
        Reason.DUPLICATE_CODE);
  }

  @Test
  void refusesANodeWhoseParentIsNotInTheFile() {
    assertRefused(
        List.of("210203\t西岗区\tXigang", "210203009001\t孤\tOrphan node"), 2, Reason.PARENT_MISSING);
    assertRefused(
        List.of("210203\t西岗区\tXigang", "210204001\t外区街道\tForeign street"),
        2,
        Reason.PARENT_MISSING);
  }

  @Test
  void refusesASecondDistrictOrNone() {
    assertRefused(
        List.of("210203\t西岗区\tXigang", "210204\t中山区\tZhongshan"), 2, Reason.SECOND_DISTRICT);
    assertRefused(List.of("# nothing here"), 0, Reason.NO_DISTRICT);
  }

  @Test
  void theShippedTreeIsValidAndHasStreetsWithCommunities() throws Exception {
    var lines =
        java.nio.file.Files.readAllLines(
            java.nio.file.Path.of("../config/directory/jurisdictions.tsv"));
    JurisdictionTree tree = JurisdictionTree.parse(lines);
    assertThat(tree.district().code().value()).isEqualTo("210203");
    assertThat(tree.nodes())
        .filteredOn(n -> n.level() == JurisdictionLevel.STREET)
        .hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(
            street ->
                assertThat(tree.nodes())
                    .anyMatch(
                        n ->
                            n.level() == JurisdictionLevel.COMMUNITY
                                && n.code().parent().orElseThrow().equals(street.code())));
  }

  private static void assertRefused(List<String> lines, int line, Reason reason) {
    assertThatThrownBy(() -> JurisdictionTree.parse(lines))
        .isInstanceOfSatisfying(
            MalformedTreeException.class,
            e -> {
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.reason()).isEqualTo(reason);
              assertThat(e.arguments()[0]).isEqualTo(line);
            });
  }
}
