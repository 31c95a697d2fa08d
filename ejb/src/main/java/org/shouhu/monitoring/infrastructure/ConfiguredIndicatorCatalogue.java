package org.shouhu.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shouhu.monitoring.application.IndicatorCatalogue;
import org.shouhu.monitoring.domain.Indicator;
import org.shouhu.monitoring.domain.IndicatorCounts;
import org.shouhu.shared.infrastructure.ConfigFiles;

/**
 * The catalogue from {@code config/monitoring/indicators.tsv} (or {@code SHOUHU_INDICATORS_FILE}),
 * read once; an indicator without its query is an error, not a silent zero.
 */
@ApplicationScoped
public class ConfiguredIndicatorCatalogue implements IndicatorCatalogue {

  static final String BUNDLED = "/monitoring/indicators.tsv";

  @Inject
  @ConfigProperty(name = "shouhu.indicators.file")
  Optional<String> file;

  @Inject IndicatorCounts counts;

  private volatile List<Indicator> indicators;

  @Override
  public List<Indicator> all() {
    List<Indicator> found = indicators;
    if (found == null) {
      found =
          Indicator.parse(
              ConfigFiles.lines(file, BUNDLED)
                  .orElseThrow(() -> new IllegalStateException("no indicator catalogue")));
      for (Indicator i : found) {
        if (!counts.knows(i.code())) {
          throw new IllegalStateException("indicator catalogue: no query for " + i.code());
        }
      }
      indicators = found;
    }
    return found;
  }
}
