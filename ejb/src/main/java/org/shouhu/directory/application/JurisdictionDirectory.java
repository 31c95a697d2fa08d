package org.shouhu.directory.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.shouhu.directory.domain.Jurisdiction;
import org.shouhu.directory.domain.JurisdictionNode;
import org.shouhu.directory.domain.JurisdictionRepository;
import org.shouhu.directory.domain.JurisdictionTree;
import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.Role;

/** Reading the jurisdiction tree, and replacing it from its configured source. */
@Stateless
@PermitAll // reading the tree; reloading it is the admin's
public class JurisdictionDirectory {

  @Inject JurisdictionRepository jurisdictions;
  @Inject JurisdictionTreeSource source;
  @Resource SessionContext context;

  /** The nodes in force, parents before children. */
  public List<Jurisdiction> tree() {
    return jurisdictions.findActive();
  }

  /** The node and the nodes above it, district first; empty if the code is unknown. */
  public List<Jurisdiction> path(JurisdictionCode code) {
    List<Jurisdiction> path = new ArrayList<>();
    Optional<JurisdictionCode> next = Optional.of(code);
    while (next.isPresent()) {
      jurisdictions.find(next.get()).ifPresent(node -> path.add(0, node));
      next = next.get().parent();
    }
    return path;
  }

  /**
   * Reads the tree file again and brings the stored tree in line with it (admin). A dry run reports
   * what would change and changes nothing.
   */
  @RolesAllowed(Role.Names.ADMIN)
  public TreeChanges reload(boolean dryRun) {
    TreeChanges changes = replaceWith(source.read());
    if (dryRun) {
      context.setRollbackOnly();
    }
    return changes;
  }

  /**
   * Makes the stored tree equal to {@code tree}: new nodes are added, changed names updated, and
   * nodes missing from it retired (never deleted: records keep pointing at them).
   */
  public TreeChanges replaceWith(JurisdictionTree tree) {
    Map<JurisdictionCode, Jurisdiction> stored =
        jurisdictions.findAll().stream()
            .collect(Collectors.toMap(Jurisdiction::code, Function.identity()));
    int added = 0;
    int updated = 0;
    for (JurisdictionNode node : tree.nodes()) {
      Jurisdiction existing = stored.remove(node.code());
      if (existing == null) {
        jurisdictions.store(new Jurisdiction(node));
        added++;
      } else if (existing.update(node)) {
        updated++;
      }
    }
    int retired = (int) stored.values().stream().filter(Jurisdiction::retire).count();
    return new TreeChanges(added, updated, retired, tree.size());
  }
}
