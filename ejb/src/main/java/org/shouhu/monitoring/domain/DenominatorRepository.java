package org.shouhu.monitoring.domain;

import java.util.List;
import java.util.Optional;

/** The statistics office's denominators. */
public interface DenominatorRepository {

  List<Denominator> ofYear(int year);

  Optional<Denominator> find(String id);

  void store(Denominator denominator);
}
