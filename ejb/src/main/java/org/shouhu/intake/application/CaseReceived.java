package org.shouhu.intake.application;

import org.shouhu.casework.domain.Case;

/**
 * A report came in and opened {@code aCase} (fired in the intake's transaction, before its answer):
 * the case kinds' contexts start their own work on it — child protection its police notice from
 * {@code police} (null when the intake named none).
 */
public record CaseReceived(Case aCase, IntakeCommand.Police police) {}
