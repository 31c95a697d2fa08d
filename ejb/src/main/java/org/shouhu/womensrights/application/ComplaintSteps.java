package org.shouhu.womensrights.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.application.CaseAccess;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.CaseRepository;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.Commands;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.Role;
import org.shouhu.womensrights.domain.ComplaintStep;
import org.shouhu.womensrights.domain.ComplaintStepRepository;

/**
 * The women's-rights complaint path on the common lifecycle: advice, mediation and outcome steps
 * ({@code POST /api/v1/cases/{id}/complaint-steps}), listed on the case as {@code complaint} (case
 * notes in DOMAIN.md §4), and no closure without an outcome.
 */
@Stateless
@RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
public class ComplaintSteps {

  /** A step as the case shows it. */
  public record StepSheet(
      String id, String type, Instant at, String notes, String result, String recordedBy) {

    public static StepSheet of(ComplaintStep s) {
      return new StepSheet(
          s.id(),
          s.type().name(),
          s.at(),
          s.notes().orElse(null),
          s.result().map(Enum::name).orElse(null),
          s.recordedBy());
    }
  }

  @Inject CurrentUser user;
  @Inject CaseAccess access;
  @Inject CaseRepository cases;
  @Inject ComplaintStepRepository steps;
  @Inject Commands commands;
  @Inject AccessLog accessLog;

  @Audited("COMPLAINT_STEP")
  public StepSheet record(@Audited.RecordId CaseId id, ComplaintCommands.Step step) {
    Case c = access.open(id).aCase();
    commands.check(step);
    ComplaintStep s =
        ComplaintStep.record(
            c,
            step.stepType(),
            step.when(),
            step.notes(),
            step.stepResult(),
            user.actor(),
            Instant.now());
    steps.store(s);
    cases.store(c);
    accessLog.record("COMPLAINT_STEP", List.of(c.id(), s.id()), c.jurisdiction().value());
    return StepSheet.of(s);
  }
}
