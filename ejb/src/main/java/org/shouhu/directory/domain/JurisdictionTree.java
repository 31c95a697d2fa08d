package org.shouhu.directory.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shouhu.directory.domain.MalformedTreeException.Reason;
import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.JurisdictionLevel;

/**
 * A complete, consistent jurisdiction tree: exactly one district; every code well formed and
 * unique; every street and community under a parent that is in the tree; every node named in
 * Chinese and English.
 *
 * <p>The file format is one node per line, {@code code<TAB>中文名<TAB>English name}; blank lines and
 * lines starting with {@code #} are ignored. Lines may come in any order.
 */
public final class JurisdictionTree {

  private final Map<JurisdictionCode, JurisdictionNode> nodes;

  private JurisdictionTree(Map<JurisdictionCode, JurisdictionNode> nodes) {
    this.nodes = nodes;
  }

  /**
   * Reads and checks a tree file.
   *
   * @throws MalformedTreeException naming the first line that breaks a rule
   */
  public static JurisdictionTree parse(List<String> lines) {
    Map<JurisdictionCode, JurisdictionNode> nodes = new LinkedHashMap<>();
    Map<JurisdictionCode, Integer> lineOf = new LinkedHashMap<>();
    JurisdictionCode district = null;
    for (int i = 0; i < lines.size(); i++) {
      int lineNumber = i + 1;
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      JurisdictionNode node = parseLine(line, lineNumber);
      if (nodes.containsKey(node.code())) {
        throw new MalformedTreeException(lineNumber, Reason.DUPLICATE_CODE, node.code().value());
      }
      if (node.level() == JurisdictionLevel.DISTRICT) {
        if (district != null) {
          throw new MalformedTreeException(lineNumber, Reason.SECOND_DISTRICT, node.code().value());
        }
        district = node.code();
      }
      nodes.put(node.code(), node);
      lineOf.put(node.code(), lineNumber);
    }
    if (district == null) {
      throw new MalformedTreeException(0, Reason.NO_DISTRICT, "");
    }
    for (JurisdictionNode node : nodes.values()) {
      Optional<JurisdictionCode> parent = node.code().parent();
      if (parent.isPresent() && !nodes.containsKey(parent.get())) {
        throw new MalformedTreeException(
            lineOf.get(node.code()), Reason.PARENT_MISSING, parent.get().value());
      }
    }
    return new JurisdictionTree(nodes);
  }

  private static JurisdictionNode parseLine(String line, int lineNumber) {
    String[] fields = line.split("\t", -1);
    if (fields.length != 3) {
      throw new MalformedTreeException(
          lineNumber, Reason.WRONG_FIELD_COUNT, String.valueOf(fields.length));
    }
    String code = fields[0].strip();
    if (!JurisdictionCode.isWellFormed(code)) {
      throw new MalformedTreeException(lineNumber, Reason.MALFORMED_CODE, code);
    }
    String nameZh = fields[1].strip();
    String nameEn = fields[2].strip();
    if (nameZh.isEmpty() || nameEn.isEmpty()) {
      throw new MalformedTreeException(lineNumber, Reason.MISSING_NAME, code);
    }
    return new JurisdictionNode(new JurisdictionCode(code), nameZh, nameEn);
  }

  /** All nodes, ordered by code (so parents come before their children). */
  public List<JurisdictionNode> nodes() {
    List<JurisdictionNode> sorted = new ArrayList<>(nodes.values());
    sorted.sort(Comparator.comparing(JurisdictionNode::code));
    return sorted;
  }

  public Optional<JurisdictionNode> find(JurisdictionCode code) {
    return Optional.ofNullable(nodes.get(code));
  }

  public JurisdictionNode district() {
    return nodes().get(0);
  }

  public int size() {
    return nodes.size();
  }
}
