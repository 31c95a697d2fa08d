package org.shouhu.monitoring.application;

import java.util.List;
import org.shouhu.monitoring.domain.Indicator;

/** The indicators Shouhu publishes, in the catalogue's order. */
public interface IndicatorCatalogue {

  List<Indicator> all();
}
