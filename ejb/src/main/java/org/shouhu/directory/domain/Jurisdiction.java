package org.shouhu.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.JurisdictionLevel;

/**
 * A node of the jurisdiction tree as stored. Nodes are never deleted — cases, staff and partners
 * keep pointing at them — so a node that leaves the tree file is <em>retired</em>, and comes back
 * if the file names it again.
 */
@Entity
@Table(name = "jurisdiction")
public class Jurisdiction {

  @Id
  @Column(name = "code", length = 12)
  private String code;

  @Column(name = "name_zh", nullable = false)
  private String nameZh;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "node_level", nullable = false)
  private JurisdictionLevel level;

  @Column(name = "parent_code", length = 12)
  private String parentCode;

  @Column(name = "retired", nullable = false)
  private boolean retired;

  protected Jurisdiction() {}

  public Jurisdiction(JurisdictionNode node) {
    this.code = node.code().value();
    this.level = node.level();
    this.parentCode = node.code().parent().map(JurisdictionCode::value).orElse(null);
    this.nameZh = node.nameZh();
    this.nameEn = node.nameEn();
  }

  /**
   * Brings this node in line with the tree file's entry for it.
   *
   * @return true when anything changed
   */
  public boolean update(JurisdictionNode node) {
    boolean changed = retired || !nameZh.equals(node.nameZh()) || !nameEn.equals(node.nameEn());
    nameZh = node.nameZh();
    nameEn = node.nameEn();
    retired = false;
    return changed;
  }

  /** Takes this node out of the tree; it stays for the records that point at it. */
  public boolean retire() {
    boolean changed = !retired;
    retired = true;
    return changed;
  }

  public JurisdictionCode code() {
    return new JurisdictionCode(code);
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  public JurisdictionLevel level() {
    return level;
  }

  public Optional<JurisdictionCode> parent() {
    return Optional.ofNullable(parentCode).map(JurisdictionCode::new);
  }

  public boolean isRetired() {
    return retired;
  }
}
