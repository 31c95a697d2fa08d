package org.shouhu.welfare.domain;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What a payment run needs of a support file, and nothing personal: read without unsealing the
 * payee (a run of 100,000 files need not decrypt 200,000 fields).
 */
public record Payable(
    String id,
    String caseNumber,
    Grounds.Category category,
    Placement placement,
    BigDecimal otherBenefit,
    SupportFile.Status status,
    String supportFrom,
    String lastMonth) {

  public boolean pays(YearMonth month) {
    return (status == SupportFile.Status.CONFIRMED || status == SupportFile.Status.ENDED)
        && supportFrom != null
        && new SupportMonths(YearMonth.parse(supportFrom), YearMonth.parse(lastMonth)).pays(month);
  }

  public AllowanceCategory allowanceCategory() {
    return AllowanceCategory.of(category, placement);
  }
}
