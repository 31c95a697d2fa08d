package org.shouhu.welfare.application;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** Writes a run's bank file (an Excel workbook). */
public interface BankFiles {

  /** A payment as the bank needs it. */
  record Row(String caseNumber, String payee, String account, BigDecimal amount) {}

  byte[] write(YearMonth month, List<Row> rows, BigDecimal total);
}
