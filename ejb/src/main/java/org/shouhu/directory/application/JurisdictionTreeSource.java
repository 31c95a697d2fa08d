package org.shouhu.directory.application;

import org.shouhu.directory.domain.JurisdictionTree;

/** Where the authoritative tree file is read from (configuration, not code). */
public interface JurisdictionTreeSource {

  /**
   * @throws org.shouhu.directory.domain.MalformedTreeException when the file breaks a tree rule
   */
  JurisdictionTree read();
}
