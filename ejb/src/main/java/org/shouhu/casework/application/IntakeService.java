package org.shouhu.casework.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.CaseNumber;
import org.shouhu.casework.domain.CaseRepository;
import org.shouhu.casework.domain.Person;
import org.shouhu.casework.domain.PersonDetails;
import org.shouhu.casework.domain.PersonIndex;
import org.shouhu.casework.domain.PersonRepository;
import org.shouhu.directory.domain.Jurisdiction;
import org.shouhu.directory.domain.JurisdictionCode;
import org.shouhu.directory.domain.JurisdictionLevel;
import org.shouhu.directory.domain.JurisdictionRepository;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.AccessDeniedException;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.NotFoundException;
import org.shouhu.shared.domain.Role;

/**
 * Taking in a report or call: one intake point for every channel (一门受理). A retried request with the
 * same idempotency key gets the first answer again, never a second case; the case number is drawn
 * last, so that the year's counter is locked only for the end of the transaction.
 */
@Stateless
public class IntakeService {

  @Inject CurrentUser user;
  @Inject CaseRepository cases;
  @Inject PersonRepository persons;
  @Inject JurisdictionRepository jurisdictions;
  @Inject IdempotencyStore keys;
  @Inject PersonIndex.Hasher hasher;
  @Inject AccessLog accessLog;
  @Inject DeadlinePolicies deadlines;
  @Inject Escalations escalations;

  public IntakeResult receive(IntakeCommand command, String idempotencyKey, String requestHash) {
    requireIntakeRole();
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
    List<String> visible = cases.openCaseNumbersOfSubjects(sameIds, CaseScopes.of(user));
    List<Case> hidden =
        cases.openCasesOfSubjects(sameIds).stream()
            .filter(c -> !visible.contains(c.caseNumber().value()))
            .toList();
    Person subject = same.isEmpty() ? newPerson(command.subject(), subjectIndex) : same.get(0);
    List<Case.Party> others = new ArrayList<>();
    for (IntakeCommand.OtherParty other : command.others()) {
      PersonIndex otherIndex = index(other.person());
      List<Person> known = persons.findSame(otherIndex);
      Person person = known.isEmpty() ? newPerson(other.person(), otherIndex) : known.get(0);
      others.add(new Case.Party(other.role(), person));
    }
    CaseNumber number = cases.nextNumber(CaseNumber.yearOf(command.intake().receivedAt()));
    Case aCase =
        Case.receive(
            command.intake(), subject, others, number, user.actor(), now, deadlines.current());
    cases.store(aCase);
    if (idempotencyKey != null) {
      keys.complete(user.username(), idempotencyKey, aCase.id());
    }
    accessLog.record("CREATE", List.of(aCase.id()), aCase.jurisdiction().value());
    for (Case other : hidden) { // told to that case's own supervisor, not to the caller
      accessLog.possibleDuplicate(other.id(), other.jurisdiction().value(), aCase.id());
      escalations.possibleDuplicate(other);
    }
    if (aCase.urgent() && aCase.kind() == CaseKind.CHILD_PROTECTION) {
      escalations.urgentReport(aCase);
    }
    return new IntakeResult(aCase, visible, !hidden.isEmpty() && visible.isEmpty());
  }

  /** Open cases of a person, as the intake page warns of them before saving. */
  public record Duplicates(List<String> visible, boolean elsewhere) {}

  /**
   * The open cases of the person with this ID number, or this name and birth date: those the caller
   * may see by number, the others only as "elsewhere". The check is logged with the cases it named.
   */
  public Duplicates duplicatesOf(String name, LocalDate birthDate, String idNumber) {
    requireIntakeRole();
    boolean named = name != null && !name.isBlank();
    boolean identified = idNumber != null && !idNumber.isBlank();
    if (!identified && !(named && birthDate != null)) {
      return new Duplicates(List.of(), false);
    }
    PersonIndex index =
        PersonIndex.of(
            named ? name.strip() : null, birthDate, identified ? idNumber.strip() : null, hasher);
    List<String> ids = persons.findSame(index).stream().map(Person::id).toList();
    List<String> visible = cases.openCaseNumbersOfSubjects(ids, CaseScopes.of(user));
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
  public IntakeResult replay(String idempotencyKey, String requestHash) {
    IdempotencyStore.Entry earlier =
        keys.find(user.username(), idempotencyKey)
            .orElseThrow(() -> new ConflictException("intake.idempotency.inProgress"));
    return replay(earlier, requestHash);
  }

  private IntakeResult replay(IdempotencyStore.Entry earlier, String requestHash) {
    if (!earlier.requestHash().equals(requestHash)) {
      throw new ConflictException("intake.idempotency.otherRequest");
    }
    if (earlier.caseId() == null) {
      throw new ConflictException("intake.idempotency.inProgress");
    }
    Case aCase =
        cases
            .find(earlier.caseId(), CaseScopes.of(user))
            .orElseThrow(() -> new NotFoundException("case", earlier.caseId()));
    accessLog.record("READ", List.of(aCase.id()), aCase.jurisdiction().value());
    List<String> subject = List.of(aCase.subject().id());
    List<String> visible =
        cases.openCaseNumbersOfSubjects(subject, CaseScopes.of(user)).stream()
            .filter(number -> !number.equals(aCase.caseNumber().value()))
            .toList();
    boolean elsewhere =
        aCase.status().isOpen() && cases.openCasesOfSubjects(subject).size() - 1 > visible.size();
    return new IntakeResult(aCase, visible, elsewhere && visible.isEmpty());
  }

  private PersonIndex index(PersonDetails details) {
    return PersonIndex.of(details.name(), details.birthDate(), details.idNumber(), hasher);
  }

  private Person newPerson(PersonDetails details, PersonIndex index) {
    Person person = new Person(details, index);
    persons.store(person);
    return person;
  }

  /** Hotline operators, child directors, supervisors and caseworkers take reports in. */
  private void requireIntakeRole() {
    if (!user.actor()
        .hasAny(
            Role.HOTLINE_OPERATOR, Role.CHILD_DIRECTOR, Role.CHILD_SUPERVISOR, Role.CASEWORKER)) {
      throw new AccessDeniedException("error.forbidden");
    }
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
