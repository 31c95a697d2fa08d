package org.shouhu.protection.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.application.CaseAccess;
import org.shouhu.casework.application.CaseSheet;
import org.shouhu.casework.application.CaseSheets;
import org.shouhu.casework.application.DeadlinePolicies;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.CasePermissions;
import org.shouhu.casework.domain.CaseRepository;
import org.shouhu.casework.domain.Reader;
import org.shouhu.protection.domain.OrderEvent;
import org.shouhu.protection.domain.ProtectionOrder;
import org.shouhu.protection.domain.ProtectionOrderRepository;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.Commands;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.domain.AccessDeniedException;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.domain.NotFoundException;
import org.shouhu.shared.domain.Role;

/**
 * Protection orders of domestic-violence cases (API.md "Kind-specific parts", "Domestic violence,
 * continued"): the application and its legal clock, rulings, service, breaches, reconsideration,
 * and the application form printed for the victim to sign. By the case's handlers.
 */
@Stateless
@RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
public class ProtectionOrders {

  @Inject CurrentUser user;
  @Inject CaseAccess access;
  @Inject CaseRepository cases;
  @Inject CaseSheets sheets;
  @Inject ProtectionOrderRepository orders;
  @Inject ApplicationForms forms;
  @Inject Commands commands;
  @Inject AccessLog accessLog;
  @Inject DeadlinePolicies deadlines;

  @Audited("ORDER_APPLICATION")
  public OrderSheets.OrderSheet apply(@Audited.RecordId CaseId id, OrderCommands.Application a) {
    Case c = access.open(id).aCase();
    commands.check(a);
    Instant now = Instant.now();
    ProtectionOrder order =
        ProtectionOrder.apply(
            c,
            a.who(),
            a.court(),
            a.applied(),
            a.accepted(),
            a.isUrgent(),
            a.requested(),
            user.actor(),
            now);
    orders.store(order);
    cases.store(c);
    return logged("ORDER_APPLICATION", c, order, now);
  }

  @Audited("ORDER_RULING")
  public OrderSheets.OrderSheet rule(
      @Audited.RecordId CaseId id, String orderId, OrderCommands.Ruling r) {
    Opened o = open(id, orderId);
    commands.check(r);
    Instant now = Instant.now();
    o.order()
        .rule(
            o.aCase(),
            r.decided(),
            r.at(),
            r.ordered(),
            r.until(),
            user.actor(),
            now,
            deadlines.current());
    return stored(o, "ORDER_RULING", now);
  }

  @Audited("ORDER_SERVICE")
  public OrderSheets.OrderSheet serve(
      @Audited.RecordId CaseId id, String orderId, OrderCommands.Service s) {
    Opened o = open(id, orderId);
    commands.check(s);
    Instant now = Instant.now();
    o.order().serve(o.aCase(), s.on(), s.when(), user.actor(), now);
    return stored(o, "ORDER_SERVICE", now);
  }

  @Audited("ORDER_VIOLATION")
  public OrderSheets.ViolationSheet violate(
      @Audited.RecordId CaseId id, String orderId, OrderCommands.Violation v) {
    Opened o = open(id, orderId);
    commands.check(v);
    Instant now = Instant.now();
    OrderEvent breach =
        o.order().violate(o.aCase(), v.when(), v.policeReport(), v.notes(), user.actor(), now);
    stored(o, "ORDER_VIOLATION", now);
    return OrderSheets.violation(breach);
  }

  @Audited("ORDER_RECONSIDERATION")
  public OrderSheets.OrderSheet reconsider(
      @Audited.RecordId CaseId id, String orderId, OrderCommands.Reconsideration r) {
    Opened o = open(id, orderId);
    commands.check(r);
    Instant now = Instant.now();
    o.order().reconsider(o.aCase(), r.who(), r.when(), user.actor(), now);
    return stored(o, "ORDER_RECONSIDERATION", now);
  }

  /**
   * The application form, pre-filled from the case (the victim's and the respondent's particulars
   * in full: printing it is a logged reveal), for the case's handlers only.
   */
  @Audited("ORDER_APPLICATION_FORM")
  public byte[] applicationForm(@Audited.RecordId CaseId id, String orderId) {
    CaseAccess.Opened opened = access.open(id);
    if (opened.reader() != Reader.HANDLER) {
      throw new AccessDeniedException("order.handlersOnly");
    }
    ProtectionOrder order = find(opened.aCase(), orderId);
    CaseSheet c = sheets.of(opened.aCase(), Reader.HANDLER, true, CaseSheets.Depth.LIST);
    Locale zh = Locale.SIMPLIFIED_CHINESE; // a form for a Chinese court, whatever the UI language
    CaseSheet.PersonSheet respondent =
        c.people().stream()
            .filter(p -> p.role().equals("RESPONDENT"))
            .map(CaseSheet.PartySheet::person)
            .findFirst()
            .orElse(null);
    byte[] pdf =
        forms.render(
            new ApplicationForms.Form(
                order.court(),
                person(c.subject(), zh),
                order.applicant() == ProtectionOrder.Applicant.VICTIM
                    ? null
                    : Messages.get(zh, "orderApplicant." + order.applicant().name()),
                respondent == null ? null : person(respondent, zh),
                order.measuresRequested(),
                order.urgent(),
                c.summary()));
    accessLog.record(
        "ORDER_APPLICATION_FORM",
        List.of(opened.aCase().id(), order.id()),
        opened.aCase().jurisdiction().value());
    return pdf;
  }

  private static ApplicationForms.Person person(CaseSheet.PersonSheet p, Locale zh) {
    return new ApplicationForms.Person(
        p.name(),
        p.sex() == null ? null : Messages.get(zh, "sex." + p.sex()),
        p.birthDate() == null ? null : p.birthDate().toString(),
        p.idNumber(),
        p.phone(),
        p.address());
  }

  /** The worklists' orders: awaiting a ruling, expiring within 14 days, breached this month. */
  public record Worklist(List<Row> pending, List<Row> expiring, List<Row> breached) {}

  /** An order on a worklist, with what makes it urgent (a due time, a last day, a breach). */
  @Schema(name = "OrderWorklistRow")
  public record Row(
      String caseId,
      String caseNumber,
      String subject,
      String orderId,
      String court,
      Instant rulingDueAt,
      LocalDate validUntil,
      Instant breachAt,
      String policeReport) {}

  /**
   * The orders of the caller's jurisdiction that need her: for supervisors and caseworkers every
   * domestic-violence case's; for a community director those whose victim is a child.
   */
  @Audited("SEARCH")
  public Worklist worklist() {
    Instant now = Instant.now();
    LocalDate today = Beijing.dateOf(now);
    Instant monthStart = Beijing.endOf(today.withDayOfMonth(1).minusDays(1));
    boolean childrenOnly = !CasePermissions.supervises(user.actor());
    List<Row> pending = new ArrayList<>();
    List<Row> expiring = new ArrayList<>();
    List<Row> breached = new ArrayList<>();
    Set<String> named = new LinkedHashSet<>();
    for (ProtectionOrder o : orders.onWorklists(access.scope())) {
      Case c = access.open(CaseId.of(o.caseId())).aCase();
      LocalDate born = c.subject().details().birthDate();
      if (childrenOnly && (born == null || !born.plusYears(18).isAfter(today))) {
        continue;
      }
      String subject = c.subject().details().name();
      ProtectionOrder.Status status = o.status(now);
      LocalDate until = o.currentRuling().flatMap(r -> r.validUntil()).orElse(null);
      if (status == ProtectionOrder.Status.PENDING) {
        pending.add(row(c, subject, o, null, null));
      }
      if (status == ProtectionOrder.Status.ISSUED
          && until != null
          && !until.isAfter(today.plusDays(14))) {
        expiring.add(row(c, subject, o, null, null));
      }
      o.events().stream()
          .filter(e -> e.type() == OrderEvent.Type.VIOLATED && !e.at().isBefore(monthStart))
          .forEach(e -> breached.add(row(c, subject, o, e.at(), e.reference().orElse(null))));
      named.add(c.id());
    }
    if (!named.isEmpty()) {
      accessLog.record("SEARCH", List.copyOf(named), null);
    }
    pending.sort(Comparator.comparing(Row::rulingDueAt));
    expiring.sort(Comparator.comparing(Row::validUntil));
    breached.sort(Comparator.comparing(Row::breachAt).reversed());
    return new Worklist(pending, expiring, breached);
  }

  private static Row row(
      Case c, String subject, ProtectionOrder o, Instant breachAt, String report) {
    return new Row(
        c.id(),
        c.caseNumber().value(),
        subject,
        o.id(),
        o.court(),
        o.rulingDueAt(),
        o.currentRuling().flatMap(r -> r.validUntil()).orElse(null),
        breachAt,
        report);
  }

  private record Opened(Case aCase, ProtectionOrder order) {}

  private Opened open(CaseId id, String orderId) {
    Case c = access.open(id).aCase();
    return new Opened(c, find(c, orderId));
  }

  private ProtectionOrder find(Case c, String orderId) {
    return orders
        .find(c.id(), orderId == null ? "" : orderId)
        .orElseThrow(() -> new NotFoundException("protectionOrder", orderId));
  }

  private OrderSheets.OrderSheet stored(Opened o, String action, Instant now) {
    orders.store(o.order());
    cases.store(o.aCase());
    return logged(action, o.aCase(), o.order(), now);
  }

  private OrderSheets.OrderSheet logged(String action, Case c, ProtectionOrder o, Instant now) {
    accessLog.record(action, List.of(c.id(), o.id()), c.jurisdiction().value());
    return OrderSheets.order(o, now);
  }
}
