package org.shouhu.protection.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.shouhu.casework.domain.CaseRepository;
import org.shouhu.casework.domain.DeadlineRepository;
import org.shouhu.protection.domain.ProtectionOrder;

/**
 * Once an order's last day is over, its expiry warning ({@code ORDER_EXPIRY}, due 14 days before)
 * is no longer due: it lapses, so that an expired order does not stay red on the worklists. Run by
 * the system's timer.
 */
@Stateless
@PermitAll
public class OrderExpiry {

  /** From an expiry warning's due time to the end of the order's last day. */
  static final Duration WARNING_TO_END = Duration.ofDays(14);

  @Inject DeadlineRepository deadlines;
  @Inject CaseRepository cases;

  /** Lapses the warnings of orders over at {@code now}; how many. */
  public int lapseExpired(Instant now) {
    List<String> ids =
        deadlines.openNamed(ProtectionOrder.EXPIRY_DEADLINE, now.minus(WARNING_TO_END), 500);
    for (String id : ids) {
      deadlines
          .find(id)
          .ifPresent(
              d -> {
                d.owner().settle(d.name(), d.ref().orElse(null), now, false);
                cases.store(d.owner());
              });
    }
    return ids.size();
  }
}
