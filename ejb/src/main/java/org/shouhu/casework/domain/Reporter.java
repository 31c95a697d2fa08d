package org.shouhu.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Who reported: a unit with a duty to report, the police, family, the public or the person herself.
 * An anonymous reporter keeps no name or phone. Never shown to legal-aid officers.
 */
@Embeddable
public class Reporter {

  @Enumerated(EnumType.STRING)
  @Column(name = "reporter_type", length = 40)
  private ReporterType type;

  @Column(name = "reporter_name", length = 1024)
  private String name;

  @Column(name = "reporter_phone", length = 256)
  private String phone;

  @Column(name = "reporter_anonymous")
  private boolean anonymous;

  protected Reporter() {}

  public Reporter(ReporterType type, String name, String phone, boolean anonymous) {
    this.type = type;
    this.anonymous = anonymous;
    this.name = anonymous ? null : name;
    this.phone = anonymous ? null : phone;
  }

  public ReporterType type() {
    return type;
  }

  public String name() {
    return name;
  }

  public String phone() {
    return phone;
  }

  public boolean anonymous() {
    return anonymous;
  }
}
