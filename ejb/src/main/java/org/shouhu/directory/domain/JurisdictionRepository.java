package org.shouhu.directory.domain;

import java.util.List;
import java.util.Optional;
import org.shouhu.shared.domain.JurisdictionCode;

/** The stored jurisdiction tree. */
public interface JurisdictionRepository {

  /** The nodes in force (not retired), ordered by code. */
  List<Jurisdiction> findActive();

  /** Every node ever stored, retired ones included. */
  List<Jurisdiction> findAll();

  Optional<Jurisdiction> find(JurisdictionCode code);

  void store(Jurisdiction jurisdiction);

  boolean isEmpty();
}
