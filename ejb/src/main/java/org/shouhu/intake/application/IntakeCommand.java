package org.shouhu.intake.application;

import java.util.List;
import org.shouhu.casework.domain.Intake;
import org.shouhu.casework.domain.PartyRole;
import org.shouhu.casework.domain.PersonDetails;

/** A checked intake: the report, its subject, and any other people named in it. */
public record IntakeCommand(Intake intake, PersonDetails subject, List<OtherParty> others) {

  /** A person other than the subject, in her role. */
  public record OtherParty(PartyRole role, PersonDetails person) {}
}
