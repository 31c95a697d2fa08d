package org.shouhu.protection.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.web.CaseBacking;
import org.shouhu.protection.application.OrderCommands;
import org.shouhu.protection.application.OrderSheets;
import org.shouhu.protection.application.ProtectionOrders;
import org.shouhu.protection.domain.Measure;
import org.shouhu.protection.domain.OrderRuling;
import org.shouhu.protection.domain.ProtectionOrder;
import org.shouhu.shared.web.BeijingTime;

/**
 * The protection orders of a domestic-violence case page: each order with its status, the ruling's
 * countdown, what is in force and its history; the application form; and, for the latest order, its
 * ruling, service, breaches, reconsideration and the printed application.
 */
@Named("orders")
@ViewScoped
public class OrdersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseBacking casePage;
  @Inject ProtectionOrders orders;

  private String applicant = ProtectionOrder.Applicant.VICTIM.name();
  private String court;
  private String appliedAt;
  private String acceptedAt;
  private boolean urgent;
  private List<String> measuresRequested = new ArrayList<>();
  private String decision = OrderRuling.Decision.ISSUED.name();
  private String ruledAt;
  private List<String> measures = new ArrayList<>();
  private String validUntil;
  private List<String> servedOn = new ArrayList<>();
  private String servedAt;
  private String breachAt;
  private String policeReport;
  private String breachNotes;
  private String party = ProtectionOrder.Party.RESPONDENT.name();
  private String reconsiderAt;

  @SuppressWarnings("unchecked")
  public List<OrderSheets.OrderSheet> getListed() {
    return (List<OrderSheets.OrderSheet>)
        casePage.getShown().part("protectionOrders").orElse(List.of());
  }

  public boolean isMayWork() {
    return casePage.getShown().kind() == CaseKind.DOMESTIC_VIOLENCE
        && casePage.getShown().work().visit();
  }

  public boolean isShown() {
    return isMayWork() || !getListed().isEmpty();
  }

  /** The order the action forms work on: the latest application. */
  public OrderSheets.OrderSheet getLatest() {
    return getListed().isEmpty() ? null : getListed().get(0);
  }

  public List<ProtectionOrder.Applicant> getApplicants() {
    return List.of(ProtectionOrder.Applicant.values());
  }

  public List<Measure> getAllMeasures() {
    return List.of(Measure.values());
  }

  public List<OrderRuling.Decision> getDecisions() {
    return List.of(OrderRuling.Decision.values());
  }

  public List<ProtectionOrder.Served> getServable() {
    return List.of(ProtectionOrder.Served.values());
  }

  public List<ProtectionOrder.Party> getParties() {
    return List.of(ProtectionOrder.Party.values());
  }

  /** Where the page prints an order's application (the session's own path, not the API's). */
  public String formUrl(String orderId) {
    return "orders/" + casePage.getId() + "/" + orderId + "/application.pdf";
  }

  public void apply() {
    casePage.perform(
        () ->
            orders.apply(
                id(),
                new OrderCommands.Application(
                    applicant,
                    court,
                    BeijingTime.toRfc3339(appliedAt),
                    BeijingTime.toRfc3339(acceptedAt),
                    urgent,
                    List.copyOf(measuresRequested))),
        () -> {
          court = null;
          appliedAt = null;
          acceptedAt = null;
          urgent = false;
          measuresRequested = new ArrayList<>();
        },
        "order.applied");
  }

  public void rule() {
    casePage.perform(
        () ->
            orders.rule(
                id(),
                getLatest().id(),
                new OrderCommands.Ruling(
                    decision, BeijingTime.toRfc3339(ruledAt), List.copyOf(measures), validUntil)),
        () -> {
          ruledAt = null;
          measures = new ArrayList<>();
          validUntil = null;
        },
        "order.ruled");
  }

  public void serve() {
    casePage.perform(
        () ->
            orders.serve(
                id(),
                getLatest().id(),
                new OrderCommands.Service(List.copyOf(servedOn), BeijingTime.toRfc3339(servedAt))),
        () -> {
          servedOn = new ArrayList<>();
          servedAt = null;
        },
        "order.served");
  }

  public void violate() {
    casePage.perform(
        () ->
            orders.violate(
                id(),
                getLatest().id(),
                new OrderCommands.Violation(
                    BeijingTime.toRfc3339(breachAt), policeReport, breachNotes)),
        () -> {
          breachAt = null;
          policeReport = null;
          breachNotes = null;
        },
        "order.violated");
  }

  public void reconsider() {
    casePage.perform(
        () ->
            orders.reconsider(
                id(),
                getLatest().id(),
                new OrderCommands.Reconsideration(party, BeijingTime.toRfc3339(reconsiderAt))),
        () -> reconsiderAt = null,
        "order.reconsidered");
  }

  private CaseId id() {
    return CaseId.of(casePage.getId());
  }

  public String getApplicant() {
    return applicant;
  }

  public void setApplicant(String applicant) {
    this.applicant = applicant;
  }

  public String getCourt() {
    return court;
  }

  public void setCourt(String court) {
    this.court = court;
  }

  public String getAppliedAt() {
    return appliedAt;
  }

  public void setAppliedAt(String appliedAt) {
    this.appliedAt = appliedAt;
  }

  public String getAcceptedAt() {
    return acceptedAt;
  }

  public void setAcceptedAt(String acceptedAt) {
    this.acceptedAt = acceptedAt;
  }

  public boolean isUrgent() {
    return urgent;
  }

  public void setUrgent(boolean urgent) {
    this.urgent = urgent;
  }

  public List<String> getMeasuresRequested() {
    return measuresRequested;
  }

  public void setMeasuresRequested(List<String> measuresRequested) {
    this.measuresRequested = measuresRequested == null ? new ArrayList<>() : measuresRequested;
  }

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision;
  }

  public String getRuledAt() {
    return ruledAt;
  }

  public void setRuledAt(String ruledAt) {
    this.ruledAt = ruledAt;
  }

  public List<String> getMeasures() {
    return measures;
  }

  public void setMeasures(List<String> measures) {
    this.measures = measures == null ? new ArrayList<>() : measures;
  }

  public String getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(String validUntil) {
    this.validUntil = validUntil;
  }

  public List<String> getServedOn() {
    return servedOn;
  }

  public void setServedOn(List<String> servedOn) {
    this.servedOn = servedOn == null ? new ArrayList<>() : servedOn;
  }

  public String getServedAt() {
    return servedAt;
  }

  public void setServedAt(String servedAt) {
    this.servedAt = servedAt;
  }

  public String getBreachAt() {
    return breachAt;
  }

  public void setBreachAt(String breachAt) {
    this.breachAt = breachAt;
  }

  public String getPoliceReport() {
    return policeReport;
  }

  public void setPoliceReport(String policeReport) {
    this.policeReport = policeReport;
  }

  public String getBreachNotes() {
    return breachNotes;
  }

  public void setBreachNotes(String breachNotes) {
    this.breachNotes = breachNotes;
  }

  public String getParty() {
    return party;
  }

  public void setParty(String party) {
    this.party = party;
  }

  public String getReconsiderAt() {
    return reconsiderAt;
  }

  public void setReconsiderAt(String reconsiderAt) {
    this.reconsiderAt = reconsiderAt;
  }
}
