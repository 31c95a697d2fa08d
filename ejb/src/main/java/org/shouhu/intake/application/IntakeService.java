package org.shouhu.intake.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.application.CaseAccess;
import org.shouhu.casework.application.DeadlinePolicies;
import org.shouhu.casework.application.Escalations;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.CaseNumber;
import org.shouhu.casework.domain.CaseRepository;
import org.shouhu.casework.domain.Party;
import org.shouhu.casework.domain.Person;
import org.shouhu.casework.domain.PersonDetails;
import org.shouhu.casework.domain.PersonIndex;
import org.shouhu.casework.domain.PersonRepository;
import org.shouhu.directory.domain.Jurisdiction;
import org.shouhu.directory.domain.JurisdictionRepository;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.AccessDeniedException;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.JurisdictionLevel;
import org.shouhu.shared.domain.NotFoundException;
import org.shouhu.shared.domain.Role;

/**
 * Taking in a report or call: one intake point for every channel (一门受理). A retried request with the
 * same idempotency key gets the first answer again, never a second case; the case number is drawn
 * last, so that the year's counter is locked only for the end of the transaction.
 *
 * <p>An intake never looks a person up (API.md "Intake", turn 2): the case keeps what the caller
 * typed, as a person record of its own. The keyed hashes of her ID number, or name and birth date,
 * link her to her other cases for the duplicate warning and the other cases' supervisors only;
 * nothing stored for her elsewhere reaches the caller.
 */
@Stateless
@RolesAllowed({ // who takes reports in (DOMAIN.md §1)
  Role.Names.HOTLINE_OPERATOR,
  Role.Names.CHILD_DIRECTOR,
  Role.Names.CHILD_SUPERVISOR,
  Role.Names.CASEWORKER
})
public class IntakeService {

  @Inject CurrentUser user;
  @Inject CaseAccess access;
  @Inject CaseRepository cases;
  @Inject PersonRepository persons;
  @Inject JurisdictionRepository jurisdictions;
  @Inject IdempotencyStore keys;
  @Inject PersonIndex.Hasher hasher;
  @Inject AccessLog accessLog;
  @Inject DeadlinePolicies deadlines;
  @Inject Escalations escalations;
  @Inject Event<CaseReceived> received;

  @Audited("CREATE")
  public Taken receive(IntakeCommand command, String idempotencyKey, String requestHash) {
    return receive(command, idempotencyKey, requestHash, null);
  }

  /**
   * An intake made from another record ({@code origin}: a hotline call's id, or null), which its
   * context links to the new case in this transaction (or refuses, and no case is opened).
   */
  @Audited("CREATE")
  public Taken receive(
      IntakeCommand command, String idempotencyKey, String requestHash, String origin) {
    checkJurisdiction(command.intake().jurisdiction());
    if (idempotencyKey != null) {
      Optional<IdempotencyStore.Entry> earlier = keys.find(user.username(), idempotencyKey);
      if (earlier.isPresent()) {
        return replay(earlier.get(), requestHash);
      }
      keys.reserve(user.username(), idempotencyKey, requestHash);
    }
    Instant now = Instant.now();
    PersonIndex subjectIndex = index(command.subject());
    List<Person> same = persons.findSame(subjectIndex);
    List<String> sameIds = same.stream().map(Person::id).toList();
    List<String> visible = cases.openCaseNumbersOfSubjects(sameIds, access.scope());
    List<Case> hidden =
        cases.openCasesOfSubjects(sameIds).stream()
            .filter(c -> !visible.contains(c.caseNumber().value()))
            .toList();
    Person subject = newPerson(command.subject(), subjectIndex);
    List<Party> others = new ArrayList<>();
    for (IntakeCommand.OtherParty other : command.others()) {
      others.add(new Party(other.role(), newPerson(other.person(), index(other.person()))));
    }
    CaseNumber number = cases.nextNumber(CaseNumber.yearOf(command.intake().receivedAt()));
    Case aCase =
        Case.receive(
            command.intake(), subject, others, number, user.actor(), now, deadlines.current());
    cases.store(aCase);
    received.fire(new CaseReceived(aCase, command.police(), origin));
    if (idempotencyKey != null) {
      keys.complete(user.username(), idempotencyKey, aCase.id());
    }
    accessLog.record("CREATE", List.of(aCase.id()), aCase.jurisdiction().value());
    for (Case other : hidden) { // told to that case's own supervisor, not to the caller
      accessLog.possibleDuplicate(other.id(), other.jurisdiction().value(), aCase.id());
      escalations.possibleDuplicate(other);
    }
    if (aCase.report().urgent() && aCase.kind() == CaseKind.CHILD_PROTECTION) {
      escalations.urgentReport(aCase);
    }
    return new Taken(aCase, visible, !hidden.isEmpty() && visible.isEmpty());
  }

  /**
   * The case an intake opened, for {@link IntakeDesk} to show once the transaction committed (so
   * that the case shows its stored version), with the duplicate warning.
   */
  public record Taken(Case aCase, List<String> duplicates, boolean duplicateElsewhere) {}

  /** Open cases of a person, as the intake page warns of them before saving. */
  public record Duplicates(List<String> visible, boolean elsewhere) {}

  /**
   * The open cases of the person with this ID number, or this name and birth date: those the caller
   * may see by number, the others only as "elsewhere". The check is logged with the cases it named.
   */
  @Audited("DUPLICATE_CHECK")
  public Duplicates duplicatesOf(String name, LocalDate birthDate, String idNumber) {
    boolean named = name != null && !name.isBlank();
    boolean identified = idNumber != null && !idNumber.isBlank();
    if (!identified && !(named && birthDate != null)) {
      return new Duplicates(List.of(), false);
    }
    PersonIndex index =
        PersonIndex.of(
            named ? name.strip() : null, birthDate, identified ? idNumber.strip() : null, hasher);
    List<String> ids = persons.findSame(index).stream().map(Person::id).toList();
    List<String> visible = cases.openCaseNumbersOfSubjects(ids, access.scope());
    List<Case> all = cases.openCasesOfSubjects(ids);
    if (!all.isEmpty()) { // every case the check touched, also those it only called "elsewhere"
      accessLog.record("DUPLICATE_CHECK", all.stream().map(Case::id).toList(), null);
    }
    return new Duplicates(visible, visible.isEmpty() && !all.isEmpty());
  }

  /**
   * The first answer to a request whose idempotency key a concurrent request took; called in a
   * transaction of its own after that request committed.
   */
  @Audited("CREATE")
  public Taken replay(String idempotencyKey, String requestHash) {
    IdempotencyStore.Entry earlier =
        keys.find(user.username(), idempotencyKey)
            .orElseThrow(() -> new ConflictException("intake.idempotency.inProgress"));
    return replay(earlier, requestHash);
  }

  private Taken replay(IdempotencyStore.Entry earlier, String requestHash) {
    if (!earlier.requestHash().equals(requestHash)) {
      throw new ConflictException("intake.idempotency.otherRequest");
    }
    if (earlier.caseId() == null) {
      throw new ConflictException("intake.idempotency.inProgress");
    }
    Case aCase =
        cases
            .find(earlier.caseId(), access.scope())
            .orElseThrow(() -> new NotFoundException("case", earlier.caseId()));
    accessLog.record("READ", List.of(aCase.id()), aCase.jurisdiction().value());
    List<String> same =
        persons.findSame(aCase.subject().index()).stream()
            .map(Person::id)
            .filter(id -> !id.equals(aCase.subject().id()))
            .toList();
    List<String> visible = cases.openCaseNumbersOfSubjects(same, access.scope());
    boolean elsewhere = cases.openCasesOfSubjects(same).size() > visible.size();
    return new Taken(aCase, visible, elsewhere && visible.isEmpty());
  }

  private PersonIndex index(PersonDetails details) {
    return PersonIndex.of(details.name(), details.birthDate(), details.idNumber(), hasher);
  }

  private Person newPerson(PersonDetails details, PersonIndex index) {
    Person person = new Person(details, index);
    persons.store(person);
    return person;
  }

  /** The case belongs to a community in force, within the caller's own jurisdiction. */
  private void checkJurisdiction(JurisdictionCode code) {
    Optional<Jurisdiction> node = jurisdictions.find(code);
    if (node.isEmpty()
        || node.get().isRetired()
        || node.get().level() != JurisdictionLevel.COMMUNITY) {
      throw InvalidInputException.of("jurisdiction", "intake.jurisdiction.notACommunity", code);
    }
    boolean within = user.jurisdiction().map(code::isWithin).orElse(false);
    if (!within) {
      throw new AccessDeniedException("intake.jurisdiction.outside");
    }
  }
}
