package org.shouhu.welfare.application;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.shouhu.welfare.domain.PaymentItem;

/** Writes a run's bank file (an Excel workbook). */
public interface BankFiles {

  byte[] write(YearMonth month, List<PaymentItem> items, BigDecimal total);
}
