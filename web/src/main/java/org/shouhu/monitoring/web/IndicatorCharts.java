package org.shouhu.monitoring.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import org.shouhu.monitoring.application.AnnualReports;
import org.shouhu.monitoring.application.Indicators;

/** Chart.js configurations for p:chart: an indicator's trend with its target, bars of cells. */
final class IndicatorCharts {

  private IndicatorCharts() {}

  /**
   * The published totals by year as a line, hidden years as gaps, the target dashed; null when no
   * year has a number to draw.
   */
  static String trend(Indicators.Table t, List<Indicators.Point> points, String targetLabel) {
    if (points.stream().noneMatch(p -> AnnualReports.number(p.value()) != null)) {
      return null;
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    JsonArrayBuilder target = Json.createArrayBuilder();
    BigDecimal goal = t.target() == null ? null : AnnualReports.number(t.target());
    for (Indicators.Point p : points) {
      labels.add(Integer.toString(p.year()));
      BigDecimal v = AnnualReports.number(p.value());
      if (v == null) {
        values.addNull();
      } else {
        values.add(v);
      }
      if (goal != null) {
        target.add(goal);
      }
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("label", t.name())
                    .add("data", values)
                    .add("borderColor", "#b71c1c")
                    .add("backgroundColor", "#b71c1c")
                    .add("spanGaps", false));
    if (goal != null) {
      datasets.add(
          Json.createObjectBuilder()
              .add("label", targetLabel)
              .add("data", target)
              .add("borderColor", "#1565c0")
              .add("borderDash", Json.createArrayBuilder().add(6).add(4))
              .add("pointRadius", 0));
    }
    return chart("line", labels, datasets, false);
  }

  static String chart(
      String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean horizontal) {
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add(
                "scales",
                Json.createObjectBuilder()
                    .add(
                        horizontal ? "x" : "y",
                        Json.createObjectBuilder().add("beginAtZero", true)));
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }
}
