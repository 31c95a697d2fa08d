package org.shouhu.monitoring.domain;

import java.util.List;
import java.util.Optional;

/** The published releases. */
public interface IndicatorReleaseRepository {

  /** The year's latest version, if it was published. */
  Optional<IndicatorRelease> latest(int year);

  /** Every version of the year, newest first. */
  List<IndicatorRelease> of(int year);

  void store(IndicatorRelease release);
}
