package org.shouhu.monitoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.shouhu.monitoring.application.Indicators;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.web.ShellBacking;

/** The statistician's home page card: this year's indicators off track or at risk. */
@Named("indicatorWarnings")
@RequestScoped
public class IndicatorWarningsBacking {

  @Inject Indicators indicators;
  @Inject ShellBacking shell;

  private List<Indicators.Table> warnings;

  public List<Indicators.Table> getWarnings() {
    if (warnings == null) {
      warnings =
          shell.isIndicatorReader()
              ? indicators.warnings(LocalDate.now(Beijing.ZONE).getYear())
              : List.of();
    }
    return warnings;
  }
}
