package org.shouhu.welfare.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.domain.DomainException;
import org.shouhu.shared.web.Downloads;
import org.shouhu.shared.web.Growl;
import org.shouhu.shared.web.UiText;
import org.shouhu.welfare.application.PaymentRuns;

/**
 * The caseworker's monthly payments (payments.xhtml): start a month's run, watch its progress (the
 * page polls while a run is RUNNING), download a finished run's bank file.
 */
@Named("payments")
@ViewScoped
public class PaymentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PaymentRuns runs;
  @Inject Growl growl;
  @Inject UiText text;

  private String month = YearMonth.from(LocalDate.now(Beijing.ZONE)).toString();
  private transient List<PaymentRuns.RunSheet> recent;

  public List<PaymentRuns.RunSheet> getRecent() {
    if (recent == null) {
      recent = runs.recent();
    }
    return recent;
  }

  /** Whether a run is still paying (the page polls then). */
  public boolean isRunning() {
    return getRecent().stream().anyMatch(r -> r.status().equals("RUNNING"));
  }

  public void refresh() {
    recent = null;
  }

  public void start() {
    try {
      PaymentRuns.RunSheet run = runs.start(new PaymentRuns.Start(month));
      recent = null;
      if (run.status().equals("FAILED")) {
        growl.error(run.failure());
      } else {
        growl.info(text.formatAll("payment.started", run.month()));
      }
    } catch (DomainException e) {
      growl.error(e);
    }
  }

  public StreamedContent bankFile(String id) {
    try {
      PaymentRuns.BankFile file = runs.bankFile(id);
      return Downloads.xlsx(file.name(), file.content());
    } catch (DomainException e) {
      growl.error(e);
      return null;
    }
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }
}
