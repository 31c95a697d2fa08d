package org.shouhu.casework.domain;

/**
 * Who reported. The mandatory reporters come first: the units in close contact with minors that
 * must report at once (Minors Protection Law art. 11; the plan's list 学校、幼儿园、托育机构、医疗机构、
 * 儿童福利机构、未成年人救助保护机构、残疾儿童康复机构、社区委员会), and those the 2020 opinion on mandatory reporting adds (国家机关;
 * 旅店、宾馆; 校外培训机构).
 */
public enum ReporterType {
  SCHOOL(true),
  KINDERGARTEN(true),
  CHILDCARE(true),
  MEDICAL(true),
  CHILD_WELFARE_INSTITUTION(true),
  RESCUE_PROTECTION_INSTITUTION(true),
  REHAB_INSTITUTION(true),
  COMMUNITY_COMMITTEE(true),
  STATE_ORGAN(true),
  HOTEL(true),
  TUTORING(true),
  POLICE(false),
  FAMILY(false),
  PUBLIC(false),
  SELF(false),
  OTHER(false);

  private final boolean mandatory;

  ReporterType(boolean mandatory) {
    this.mandatory = mandatory;
  }

  /** A unit or person with a legal duty to report (强制报告责任主体). */
  public boolean isMandatory() {
    return mandatory;
  }
}
