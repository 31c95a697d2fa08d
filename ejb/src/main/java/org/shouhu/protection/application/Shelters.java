package org.shouhu.protection.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.application.CaseAccess;
import org.shouhu.casework.application.DeadlinePolicies;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.CaseRepository;
import org.shouhu.protection.domain.Shelter;
import org.shouhu.protection.domain.ShelterRepository;
import org.shouhu.protection.domain.ShelterStay;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.Commands;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.NotFoundException;
import org.shouhu.shared.domain.Role;

/**
 * Emergency shelters (API.md "Domestic violence, continued"): the administrator keeps them; case
 * workers see each one's places and occupancy (never its address) and place a victim — never over
 * capacity, also when several ask at once: admissions to a shelter wait for one another on its
 * row's lock, and count the stays under way after it.
 */
@Stateless
public class Shelters {

  /** A shelter as case workers choose one: no address. */
  public record ShelterRow(String id, String name, int capacity, long occupied) {}

  @Inject CurrentUser user;
  @Inject CaseAccess access;
  @Inject CaseRepository cases;
  @Inject ShelterRepository shelters;
  @Inject DeadlinePolicies deadlines;
  @Inject Commands commands;
  @Inject AccessLog accessLog;

  @RolesAllowed(Role.Names.ADMIN)
  public ShelterRow create(ShelterCommands.ShelterRecord record) {
    commands.check(record);
    Shelter s = new Shelter(record.name(), record.address(), record.capacity(), Instant.now());
    shelters.store(s);
    return new ShelterRow(s.id(), s.name(), s.capacity(), 0);
  }

  @RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.CHILD_DIRECTOR,
    Role.Names.CHILD_SUPERVISOR,
    Role.Names.CASEWORKER
  })
  public List<ShelterRow> list() {
    return shelters.all().stream()
        .map(s -> new ShelterRow(s.id(), s.name(), s.capacity(), shelters.occupied(s.id())))
        .toList();
  }

  @Audited("SHELTER_STAY")
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public ProtectionSheets.StaySheet admit(
      @Audited.RecordId CaseId id, ShelterCommands.StayRequest request) {
    Case c = access.open(id).aCase();
    commands.check(request);
    Shelter shelter =
        shelters
            .lock(request.shelter().strip())
            .orElseThrow(() -> InvalidInputException.of("shelter", "shelter.unknown"));
    boolean staying = shelters.staysOf(c.id()).stream().anyMatch(ShelterStay::isUnderWay);
    ShelterStay stay =
        ShelterStay.begin(
            c, shelter, staying, request.since(), user.actor(), Instant.now(), deadlines.current());
    shelter.admit(shelters.occupied(shelter.id()));
    shelters.store(stay);
    cases.store(c);
    accessLog.record("SHELTER_STAY", List.of(c.id(), stay.id()), c.jurisdiction().value());
    return ProtectionSheets.stay(stay, shelter, true);
  }

  @Audited("SHELTER_STAY_END")
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public ProtectionSheets.StaySheet end(
      @Audited.RecordId CaseId id, String stayId, ShelterCommands.StayEnd end) {
    Case c = access.open(id).aCase();
    ShelterStay stay =
        shelters
            .findStay(c.id(), stayId == null ? "" : stayId)
            .orElseThrow(() -> new NotFoundException("shelterStay", stayId));
    commands.check(end);
    stay.end(c, end.when(), user.actor(), Instant.now(), deadlines.current());
    shelters.store(stay);
    cases.store(c);
    accessLog.record("SHELTER_STAY_END", List.of(c.id(), stay.id()), c.jurisdiction().value());
    return ProtectionSheets.stay(stay, shelters.find(stay.shelterId()).orElseThrow(), true);
  }
}
