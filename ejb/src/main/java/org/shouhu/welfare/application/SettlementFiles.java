package org.shouhu.welfare.application;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** Writes an institution's monthly settlement for the finance bureau (an Excel workbook). */
public interface SettlementFiles {

  /** An accepted claim as the finance bureau needs it: no name, the case number. */
  record Row(
      String caseNumber,
      String item,
      Integer sessions,
      BigDecimal outOfPocket,
      BigDecimal amount) {}

  byte[] write(
      String institution, String account, YearMonth month, List<Row> rows, BigDecimal total);
}
