package org.shouhu.directory.domain;

import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.JurisdictionLevel;

/** One node as a tree file describes it: its code and its names in Chinese and English. */
public record JurisdictionNode(JurisdictionCode code, String nameZh, String nameEn) {

  public JurisdictionLevel level() {
    return code.level();
  }
}
