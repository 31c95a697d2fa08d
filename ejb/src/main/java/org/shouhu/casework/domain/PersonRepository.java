package org.shouhu.casework.domain;

import java.util.List;

/** Stored persons. The same person is found by ID number, or by name and birth date. */
public interface PersonRepository {

  /** Persons with this ID number, or with this name and birth date (exact matches). */
  List<Person> findSame(PersonDetails details);

  void store(Person person);
}
