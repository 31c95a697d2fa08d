package org.shouhu.protection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

/**
 * 安全计划 — made with a woman at risk, recorded with her risk assessment: whom she can call, the code
 * word that tells them she is in danger, where she will go, and whether her papers (ID, household
 * register, bank cards, the children's papers) are ready to take. Sealed like her other details.
 */
@Embeddable
public class SafetyPlan {

  @Column(name = "plan_contacts")
  private String contacts;

  @Column(name = "plan_code_word")
  private String codeWord;

  @Column(name = "plan_where_to_go")
  private String whereToGo;

  @Column(name = "plan_documents_ready")
  private Boolean documentsReady;

  protected SafetyPlan() {}

  public SafetyPlan(String contacts, String codeWord, String whereToGo, Boolean documentsReady) {
    this.contacts = blankToNull(contacts);
    this.codeWord = blankToNull(codeWord);
    this.whereToGo = blankToNull(whereToGo);
    this.documentsReady = documentsReady;
  }

  /** Whether nothing of it was filled in. */
  public boolean isEmpty() {
    return contacts == null && codeWord == null && whereToGo == null && documentsReady == null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Optional<String> contacts() {
    return Optional.ofNullable(contacts);
  }

  public Optional<String> codeWord() {
    return Optional.ofNullable(codeWord);
  }

  public Optional<String> whereToGo() {
    return Optional.ofNullable(whereToGo);
  }

  public Optional<Boolean> documentsReady() {
    return Optional.ofNullable(documentsReady);
  }
}
