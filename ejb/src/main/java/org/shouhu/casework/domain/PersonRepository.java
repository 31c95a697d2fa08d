package org.shouhu.casework.domain;

import java.util.List;

/** Stored persons. The same person is found by ID number, or by name and birth date. */
public interface PersonRepository {

  /** Persons with the same ID number, or with the same name and birth date (by keyed hash). */
  List<Person> findSame(PersonIndex index);

  void store(Person person);
}
