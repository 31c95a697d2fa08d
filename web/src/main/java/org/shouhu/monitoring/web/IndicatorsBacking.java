package org.shouhu.monitoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.shouhu.directory.application.JurisdictionDirectory;
import org.shouhu.directory.domain.Jurisdiction;
import org.shouhu.directory.web.PlacesBacking;
import org.shouhu.monitoring.application.AnnualReports;
import org.shouhu.monitoring.application.Denominators;
import org.shouhu.monitoring.application.IndicatorLabels;
import org.shouhu.monitoring.application.Indicators;
import org.shouhu.monitoring.domain.Denominator;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.domain.DomainException;
import org.shouhu.shared.domain.JurisdictionLevel;
import org.shouhu.shared.web.Downloads;
import org.shouhu.shared.web.Growl;
import org.shouhu.shared.web.ListsBacking;
import org.shouhu.shared.web.ShellBacking;
import org.shouhu.shared.web.UiText;

/**
 * The statistician's page (indicators.xhtml): the year's indicators with their totals, and one
 * indicator's table, filtered by year, quarter and street — protected as the API publishes them.
 */
@Named("indicatorsPage")
@ViewScoped
public class IndicatorsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Indicators indicators;
  @Inject IndicatorLabels labels;
  @Inject AnnualReports reports;
  @Inject Denominators denominators;
  @Inject CurrentUser user;
  @Inject JurisdictionDirectory jurisdictions;
  @Inject Growl growl;
  @Inject UiText text;
  @Inject ListsBacking lists;
  @Inject PlacesBacking places;
  @Inject ShellBacking shell;

  private int year = LocalDate.now(Beijing.ZONE).getYear();
  private Integer quarter;
  private String street;
  private String code;
  private transient Indicators.Answer answer;

  public Indicators.Answer getAnswer() {
    if (answer == null) {
      try {
        answer = indicators.of(year, quarter, street == null || street.isBlank() ? null : street);
      } catch (DomainException e) {
        growl.error(e);
        answer = new Indicators.Answer(year, quarter, street, null, 5, null, null, List.of());
      }
    }
    return answer;
  }

  /** The indicator chosen, or null for the list. */
  public Indicators.Table getShown() {
    return code == null
        ? null
        : getAnswer().indicators().stream()
            .filter(t -> t.code().equals(code))
            .findFirst()
            .orElse(null);
  }

  public void show(String indicator) {
    code = indicator;
  }

  public void back() {
    code = null;
  }

  /**
   * The year's annual report as a download (p:fileDownload): {@code PDF} or {@code XLSX}, in the
   * page's language; null (nothing downloaded) with the error said when it cannot be printed.
   */
  public StreamedContent report(String format) {
    try {
      AnnualReports.File file = reports.of(year, AnnualReports.Format.valueOf(format));
      return Downloads.of(file.name(), file.mediaType(), file.content());
    } catch (DomainException e) {
      growl.error(e);
      return null;
    }
  }

  /** Opened from the home page's warning: the indicator of the year. */
  public void setOpen(String indicator) {
    if (indicator != null && indicator.matches("[A-Z0-9_]{1,64}")) {
      code = indicator;
    }
  }

  public String getOpen() {
    return code;
  }

  /** Freezes the chosen year as a new published version. */
  public void publish() {
    try {
      Indicators.Publication p = indicators.publish(year);
      answer = null;
      growl.info(
          text.formatAll(
              "indicators.published",
              Integer.toString(p.version()),
              shell.format(p.publishedAt())));
    } catch (DomainException e) {
      growl.error(e);
    }
  }

  /** "Published version n (date)", or "not published", for the answer shown. */
  public String getPublicationText() {
    Indicators.Answer a = getAnswer();
    if (a.version() == null) {
      return text.of("indicators.notPublished");
    }
    return text.formatAll(
        "indicators.publishedVersion",
        Integer.toString(a.version()),
        shell.format(a.publishedAt()));
  }

  public void filter() {
    answer = null;
    denominatorRows = null;
  }

  public List<Jurisdiction> getStreets() {
    return jurisdictions.tree().stream()
        .filter(j -> j.level() == JurisdictionLevel.STREET)
        .toList();
  }

  public List<Integer> getYears() {
    int now = LocalDate.now(Beijing.ZONE).getYear();
    return java.util.stream.IntStream.rangeClosed(now - 10, now)
        .boxed()
        .sorted(java.util.Comparator.reverseOrder())
        .toList();
  }

  /**
   * The shown indicator's trend as a Chart.js line chart (p:chart): its published totals by year,
   * hidden years as gaps, and its target as a dashed line; null when there is nothing to draw.
   */
  public String getTrendChart() {
    Indicators.Table t = getShown();
    if (t == null) {
      return null;
    }
    String key = t.code() + "|" + street + "|" + year;
    if (!key.equals(trendKey)) {
      trendChart = trendChart(t);
      trendKey = key;
    }
    return trendChart;
  }

  private String trendKey;
  private String trendChart;

  private String trendChart(Indicators.Table t) {
    return IndicatorCharts.trend(
        t,
        indicators.trend(t.code(), street == null || street.isBlank() ? null : street, year),
        text.of("indicators.target"));
  }

  /**
   * The shown table's published cells as horizontal bars (by street, sex, age band… as its
   * breakdown is): only numbers that are published — a hidden cell has no bar.
   */
  public String getCellsChart() {
    Indicators.Table t = getShown();
    if (t == null || t.cells().isEmpty()) {
      return null;
    }
    jakarta.json.JsonArrayBuilder labels = jakarta.json.Json.createArrayBuilder();
    jakarta.json.JsonArrayBuilder values = jakarta.json.Json.createArrayBuilder();
    int bars = 0;
    for (java.util.Map<String, String> cell : t.cells()) {
      BigDecimal v = AnnualReports.number(cell.get("value"));
      if (v == null) {
        continue;
      }
      labels.add(
          getKeys().stream()
              .map(k -> label(k, cell.get(k)))
              .collect(java.util.stream.Collectors.joining(" · ")));
      values.add(v);
      bars++;
    }
    if (bars == 0) {
      return null;
    }
    return IndicatorCharts.chart(
        "bar",
        labels,
        jakarta.json.Json.createArrayBuilder()
            .add(
                jakarta.json.Json.createObjectBuilder()
                    .add("label", t.name())
                    .add("data", values)
                    .add("backgroundColor", "#1976d2")),
        true);
  }

  /** A cell's breakdown value as the reader reads it: a street's name, a label, or the band. */
  public String label(String key, String value) {
    return labels.label(key, value, user.language());
  }

  /** A street's denominators of the chosen year, as the statistician types them. */
  public static class DenominatorRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String street;
    private final String name;
    private Long children;
    private Long disabled;

    DenominatorRow(String street, String name) {
      this.street = street;
      this.name = name;
    }

    public String getStreet() {
      return street;
    }

    public String getName() {
      return name;
    }

    public Long getChildren() {
      return children;
    }

    public void setChildren(Long children) {
      this.children = children;
    }

    public Long getDisabled() {
      return disabled;
    }

    public void setDisabled(Long disabled) {
      this.disabled = disabled;
    }
  }

  private List<DenominatorRow> denominatorRows;
  private Integer denominatorYear;

  public boolean isMayEnterDenominators() {
    return user.has(org.shouhu.shared.domain.Role.STATISTICIAN);
  }

  /** The streets with what was entered for the chosen year. */
  public List<DenominatorRow> getDenominatorRows() {
    if (denominatorRows == null || denominatorYear == null || denominatorYear != year) {
      List<Denominators.Row> entered = denominators.of(year);
      denominatorRows =
          getStreets().stream()
              .map(
                  j -> {
                    DenominatorRow row = new DenominatorRow(j.code().value(), places.name(j));
                    for (Denominators.Row r : entered) {
                      if (r.street().equals(row.street)) {
                        if (r.name().equals(Denominator.Name.CHILDREN_0_17.name())) {
                          row.children = r.value();
                        } else {
                          row.disabled = r.value();
                        }
                      }
                    }
                    return row;
                  })
              .toList();
      denominatorYear = year;
    }
    return denominatorRows;
  }

  public void saveDenominators() {
    List<Denominators.Row> rows = new java.util.ArrayList<>();
    for (DenominatorRow r : getDenominatorRows()) {
      if (r.children != null) {
        rows.add(
            new Denominators.Row(
                r.street, Denominator.Name.CHILDREN_0_17.name(), r.children, null, null));
      }
      if (r.disabled != null) {
        rows.add(
            new Denominators.Row(
                r.street, Denominator.Name.DISABLED_CHILDREN_0_16.name(), r.disabled, null, null));
      }
    }
    try {
      denominators.enter(year, new Denominators.Entry(rows));
      denominatorRows = null;
      growl.info(text.of("denominators.saved"));
    } catch (DomainException e) {
      growl.error(e);
    }
  }

  public List<Integer> getQuarters() {
    return List.of(1, 2, 3, 4);
  }

  /** The breakdown keys of the shown indicator's cells, in order. */
  public List<String> getKeys() {
    Indicators.Table t = getShown();
    if (t == null || t.cells().isEmpty()) {
      return List.of();
    }
    return t.cells().get(0).keySet().stream().filter(k -> !k.equals("value")).toList();
  }

  /** The year as text (a message argument, not a number to group with commas). */
  public String getYearText() {
    return Integer.toString(year);
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public Integer getQuarter() {
    return quarter;
  }

  public void setQuarter(Integer quarter) {
    this.quarter = quarter;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getCode() {
    return code;
  }
}
