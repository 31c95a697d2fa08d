package org.shouhu.monitoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shouhu.monitoring.application.Indicators;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.web.ShellBacking;
import org.shouhu.shared.web.UiText;

/**
 * The statistician's home page card: this year's indicators off track or at risk, each with its
 * trend against the target.
 */
@Named("indicatorWarnings")
@RequestScoped
public class IndicatorWarningsBacking {

  @Inject Indicators indicators;
  @Inject ShellBacking shell;
  @Inject UiText text;

  private final int year = LocalDate.now(Beijing.ZONE).getYear();
  private List<Indicators.Table> warnings;
  private final Map<String, String> charts = new HashMap<>();

  public List<Indicators.Table> getWarnings() {
    if (warnings == null) {
      warnings = shell.isIndicatorReader() ? indicators.warnings(year) : List.of();
    }
    return warnings;
  }

  /** The warning's trend by year with its target (Chart.js), or null when nothing to draw. */
  public String chart(Indicators.Table warning) {
    if (!charts.containsKey(warning.code())) { // null (nothing to draw) is kept too
      charts.put(
          warning.code(),
          IndicatorCharts.trend(
              warning, indicators.trend(warning.code(), null, year), text.of("indicators.target")));
    }
    return charts.get(warning.code());
  }
}
