package org.shouhu.agencyreferral.domain;

/**
 * Where a call or a case is referred on (转介): the agencies of API.md's {@code referredTo}, and the
 * ones the 12349 pilot names (school, hospital, psychological services, another district).
 */
public enum Agency {
  POLICE,
  COURT,
  PROCURATORATE,
  LEGAL_AID,
  MEDIATION,
  SHELTER,
  CIVIL_AFFAIRS,
  SCHOOL,
  HOSPITAL,
  PSYCHOLOGICAL_SERVICES,
  LABOUR_INSPECTION,
  OTHER_DISTRICT,
  OTHER_AGENCY
}
