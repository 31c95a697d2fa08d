package org.shouhu.intake.application;

import java.time.Instant;
import java.util.List;
import org.shouhu.casework.domain.Intake;
import org.shouhu.casework.domain.PartyRole;
import org.shouhu.casework.domain.PersonDetails;

/**
 * A checked intake: the report, its subject, any other people named in it, and the police's
 * notification when there was one (null otherwise).
 */
public record IntakeCommand(
    Intake intake, PersonDetails subject, List<OtherParty> others, Police police) {

  /** The police were notified before the intake: when, which station, their reference. */
  public record Police(Instant notifiedAt, String station, String reference) {}

  /** A person other than the subject, in her role. */
  public record OtherParty(PartyRole role, PersonDetails person) {}
}
