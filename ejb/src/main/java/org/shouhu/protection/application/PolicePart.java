package org.shouhu.protection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.shouhu.casework.application.CasePartSource;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.CasePart;
import org.shouhu.casework.domain.Disclosure;
import org.shouhu.casework.domain.Reader;
import org.shouhu.protection.domain.PoliceNotice;
import org.shouhu.protection.domain.PoliceNotificationRepository;

/**
 * {@code police} of a child-protection case: whether the police must be told, and when they were.
 */
@ApplicationScoped
public class PolicePart implements CasePartSource {

  @Inject PoliceNotificationRepository notifications;

  @Override
  public String name() {
    return "police";
  }

  @Override
  public CasePart part() {
    return CasePart.POLICE;
  }

  @Override
  public ProtectionSheets.PoliceSheet read(Case c, Reader reader, Disclosure disclosure) {
    return c.kind() != CaseKind.CHILD_PROTECTION
        ? null
        : ProtectionSheets.police(PoliceNotice.required(c), notifications.ofCase(c.id()));
  }
}
