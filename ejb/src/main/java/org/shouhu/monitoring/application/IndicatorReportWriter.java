package org.shouhu.monitoring.application;

/** Prints the annual report as a file (PDF with its charts, or an Excel workbook). */
public interface IndicatorReportWriter {

  byte[] pdf(IndicatorReport report);

  byte[] xlsx(IndicatorReport report);
}
