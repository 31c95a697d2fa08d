package org.shouhu.protection.domain;

import java.util.List;
import java.util.Optional;

/** Shelters and their stays. */
public interface ShelterRepository {

  List<Shelter> all();

  Optional<Shelter> find(String id);

  /** The shelter, locked until the transaction ends: admissions to it happen one at a time. */
  Optional<Shelter> lock(String id);

  /** How many stays are under way in the shelter. */
  long occupied(String shelterId);

  /** A case's stays, latest first. */
  List<ShelterStay> staysOf(String caseId);

  Optional<ShelterStay> findStay(String caseId, String stayId);

  void store(Shelter shelter);

  void store(ShelterStay stay);
}
