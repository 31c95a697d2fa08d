package org.shouhu.welfare.web;

import java.io.Serializable;
import org.shouhu.welfare.application.RehabCommands;

/** A month's claim as a page's form holds it (the case page's and the institution's page). */
public class ClaimForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String month;
  private String amount;
  private String outOfPocket;
  private Integer sessions;

  public RehabCommands.Claim command() {
    return new RehabCommands.Claim(month, amount, outOfPocket, sessions);
  }

  /** After a claim: the month stays for the next one. */
  public void clear() {
    amount = null;
    outOfPocket = null;
    sessions = null;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  public String getOutOfPocket() {
    return outOfPocket;
  }

  public void setOutOfPocket(String outOfPocket) {
    this.outOfPocket = outOfPocket;
  }

  public Integer getSessions() {
    return sessions;
  }

  public void setSessions(Integer sessions) {
    this.sessions = sessions;
  }
}
