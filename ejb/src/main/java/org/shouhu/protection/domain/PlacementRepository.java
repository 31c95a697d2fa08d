package org.shouhu.protection.domain;

import java.util.List;

/** Placements of cases' children. */
public interface PlacementRepository {

  /** A case's placements, latest start first. */
  List<Placement> ofCase(String caseId);

  void store(Placement placement);
}
