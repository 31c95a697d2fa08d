package org.shouhu.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A person who appears in cases — a child, a woman, a guardian, a respondent. One record serves
 * every case she appears in: the same person is recognised by ID number, or by name and birth date.
 * Names hold any Unicode letters, {@code ·} and rare (supplementary-plane) characters.
 */
@Entity
@Table(name = "person")
public class Person {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "full_name", nullable = false, length = 1024)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "sex", length = 1)
  private Sex sex;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "id_type", length = 16)
  private IdType idType;

  @Column(name = "id_number", length = 256)
  private String idNumber;

  @Column(name = "phone", length = 256)
  private String phone;

  @Column(name = "address", length = 2000)
  private String address;

  @Column(name = "id_hash", length = 64)
  private String idHash;

  @Column(name = "name_hash", length = 64)
  private String nameHash;

  @Column(name = "name_birth_hash", length = 64)
  private String nameBirthHash;

  protected Person() {}

  /** A new person; her index hashes are computed from the same details. */
  public Person(PersonDetails details, PersonIndex index) {
    this.id = UUID.randomUUID().toString();
    this.name = details.name();
    this.sex = details.sex();
    this.birthDate = details.birthDate();
    this.idType = details.idNumber() == null ? null : details.idType();
    this.idNumber = details.idNumber();
    this.phone = details.phone();
    this.address = details.address();
    this.idHash = index.idHash();
    this.nameHash = index.nameHash();
    this.nameBirthHash = index.nameBirthHash();
  }

  public String id() {
    return id;
  }

  public PersonDetails details() {
    return new PersonDetails(name, sex, birthDate, idType, idNumber, phone, address);
  }

  /** The keyed hashes she is recognised by in other cases. */
  public PersonIndex index() {
    return new PersonIndex(idHash, nameHash, nameBirthHash);
  }

  public String name() {
    return name;
  }

  public Optional<LocalDate> birthDate() {
    return Optional.ofNullable(birthDate);
  }
}
