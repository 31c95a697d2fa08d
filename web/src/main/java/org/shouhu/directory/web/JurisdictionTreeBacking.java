package org.shouhu.directory.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.shouhu.directory.application.JurisdictionDirectory;
import org.shouhu.directory.domain.Jurisdiction;
import org.shouhu.shared.domain.JurisdictionCode;

/**
 * The jurisdiction tree page: the district's streets and communities, searchable by code or by
 * Chinese or English name. A search keeps matching nodes with the nodes above them, expanded.
 */
@Named("jurisdictionTree")
@ViewScoped
public class JurisdictionTreeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient JurisdictionDirectory directory;

  private List<Jurisdiction> nodes;
  private String query;
  private TreeNode<Jurisdiction> root;

  @PostConstruct
  void load() {
    nodes = directory.tree();
    search();
  }

  public void search() {
    String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    root = new DefaultTreeNode<>(null, null);
    Map<JurisdictionCode, TreeNode<Jurisdiction>> built = new HashMap<>();
    for (Jurisdiction node : nodes) { // ordered by code: parents come first
      if (needle.isEmpty() || matchesWithin(node, needle)) {
        TreeNode<Jurisdiction> parent = node.parent().map(built::get).orElse(root);
        TreeNode<Jurisdiction> treeNode =
            new DefaultTreeNode<>(node, parent == null ? root : parent);
        treeNode.setExpanded(!needle.isEmpty() || node.parent().isEmpty());
        built.put(node.code(), treeNode);
      }
    }
  }

  /** True when the node or a node below it matches. */
  private boolean matchesWithin(Jurisdiction node, String needle) {
    return nodes.stream()
        .filter(other -> other.code().isWithin(node.code()))
        .anyMatch(other -> matches(other, needle));
  }

  private static boolean matches(Jurisdiction node, String needle) {
    return node.code().value().contains(needle)
        || node.nameZh().contains(needle)
        || node.nameEn().toLowerCase(Locale.ROOT).contains(needle);
  }

  public TreeNode<Jurisdiction> getRoot() {
    return root;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public int getCount() {
    return nodes.size();
  }
}
