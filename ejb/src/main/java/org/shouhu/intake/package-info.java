/**
 * Intake: one door for every channel (一门受理) — a report or call taken in by keyboard or REST,
 * checked, opened as a case once (idempotency), and warned of the same person's other cases.
 */
package org.shouhu.intake;
