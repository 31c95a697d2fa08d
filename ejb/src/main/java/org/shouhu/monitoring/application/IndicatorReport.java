package org.shouhu.monitoring.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * The annual monitoring report (年度监测报告) as the writers print it: every text already in the reader's
 * language, every value exactly as the API publishes it (protected: "&lt;5", "x", a rate with its
 * %, or null where there is nothing to count a rate of). Nothing in it names a person.
 *
 * @param about the release (version and date, or "not published"), the small-cell rule, the status
 *     method
 * @param summary the head and one row per indicator: name, plan, total, target, status
 */
public record IndicatorReport(
    int year,
    String title,
    String district,
    List<String> about,
    Words words,
    List<List<String>> summary,
    List<Section> sections) {

  /** The words the writers put around the values. */
  public record Words(
      String code,
      String name,
      String plan,
      String total,
      String target,
      String status,
      String value,
      String year,
      String trend,
      String breakdown,
      String generated,
      String colon,
      String separator) {}

  /** A plan section (儿童与安全…): a sheet of the workbook, a chapter of the PDF. */
  public record Section(String name, List<Part> parts) {}

  /**
   * One indicator: its facts, its cells (the head: the breakdown's names and the value's), its
   * trend (the published totals by year, for a chart, with the target) and its cells as bars
   * (published ones only: a hidden cell has no bar) where it breaks down by one key.
   */
  public record Part(
      String code,
      String heading,
      String name,
      String plan,
      String total,
      String target,
      String status,
      String statusRule,
      List<String> head,
      List<List<String>> rows,
      Chart trend,
      Chart bars) {}

  /** A chart's points: a label and a number (null: hidden or nothing), and a target line. */
  public record Chart(
      String title, List<String> labels, List<BigDecimal> values, BigDecimal target) {}
}
