package org.shouhu.casework.domain;

/**
 * Who reported. The first eight are the units with a duty to report (Minors Protection Law art. 11;
 * the plan's list: 学校、幼儿园、托育机构、医疗机构、儿童福利机构、未成年人救助保护机构、残疾儿童康复机构、社区委员会).
 */
public enum ReporterType {
  SCHOOL,
  KINDERGARTEN,
  CHILDCARE,
  MEDICAL,
  CHILD_WELFARE_INSTITUTION,
  RESCUE_PROTECTION_INSTITUTION,
  REHAB_INSTITUTION,
  COMMUNITY_COMMITTEE,
  POLICE,
  FAMILY,
  PUBLIC,
  SELF,
  OTHER
}
