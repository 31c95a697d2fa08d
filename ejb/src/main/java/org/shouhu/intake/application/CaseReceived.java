package org.shouhu.intake.application;

import org.shouhu.casework.domain.Case;

/**
 * A report came in and opened {@code aCase} (fired in the intake's transaction, before its answer):
 * the case kinds' contexts start their own work on it — child protection its police notice from
 * {@code police} (null when the intake named none). {@code origin} is the record the case was made
 * from — a hotline call's id — or null: its context links the two, or refuses (undoing the case).
 */
public record CaseReceived(Case aCase, IntakeCommand.Police police, String origin) {}
