package org.shouhu.protection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.shouhu.casework.application.CasePartSource;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CasePart;
import org.shouhu.casework.domain.Disclosure;
import org.shouhu.casework.domain.Reader;
import org.shouhu.protection.domain.ProtectionOrderRepository;

/** {@code protectionOrders}: a case's protection orders, latest application first. */
@ApplicationScoped
public class OrdersPart implements CasePartSource {

  @Inject ProtectionOrderRepository orders;

  @Override
  public String name() {
    return "protectionOrders";
  }

  @Override
  public CasePart part() {
    return CasePart.PROTECTION_ORDERS;
  }

  @Override
  public List<OrderSheets.OrderSheet> read(Case c, Reader reader, Disclosure disclosure) {
    Instant now = Instant.now();
    List<OrderSheets.OrderSheet> listed =
        orders.ofCase(c.id()).stream().map(o -> OrderSheets.order(o, now)).toList();
    return listed.isEmpty() ? null : listed;
  }
}
