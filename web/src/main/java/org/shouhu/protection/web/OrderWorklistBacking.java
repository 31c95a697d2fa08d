package org.shouhu.protection.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.shouhu.protection.application.ProtectionOrders;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.Role;

/**
 * The worklist's "protection orders" view: applications awaiting a ruling with their countdown,
 * orders ending within 14 days, breaches this month (for a community director, those of children).
 */
@Named("orderList")
@ViewScoped
public class OrderWorklistBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProtectionOrders orders;
  @Inject CurrentUser user;

  private transient ProtectionOrders.Worklist worklist;

  public boolean isAvailable() {
    return user.has(Role.CHILD_DIRECTOR)
        || user.has(Role.CHILD_SUPERVISOR)
        || user.has(Role.CASEWORKER);
  }

  public ProtectionOrders.Worklist getLists() {
    if (worklist == null) {
      worklist = orders.worklist();
    }
    return worklist;
  }
}
