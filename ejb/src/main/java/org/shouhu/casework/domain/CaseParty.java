package org.shouhu.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** A person in a role in one case (the subject, a guardian, a household member, a respondent). */
@Entity
@Table(name = "case_party")
public class CaseParty {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private Case caseFile;

  @ManyToOne(optional = false)
  @JoinColumn(name = "person_id")
  private Person person;

  @Enumerated(EnumType.STRING)
  @Column(name = "party_role", nullable = false, length = 20)
  private PartyRole role;

  protected CaseParty() {}

  CaseParty(Case caseFile, Person person, PartyRole role) {
    this.id = UUID.randomUUID().toString();
    this.caseFile = caseFile;
    this.person = person;
    this.role = role;
  }

  public Person person() {
    return person;
  }

  public PartyRole role() {
    return role;
  }
}
