package org.shouhu.casework.application;

import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseStatus;

/**
 * A rule a case kind adds to the lifecycle (a CDI bean in that kind's context): child protection
 * lets a case into INTERVENTION only after an approved assessment. Asked after the case itself
 * accepted the move from {@code from} (who may, which moves exist), in the same transaction: a
 * refusal (a domain exception) undoes the move. A closure request is asked as a move to CLOSED
 * (women's-rights complaints need their outcome first).
 */
public interface TransitionCheck {

  void check(Case c, CaseStatus from, CaseStatus to);
}
