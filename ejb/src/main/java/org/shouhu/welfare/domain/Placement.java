package org.shouhu.welfare.domain;

/** Where the child lives: with relatives, in a foster family, in an institution, or adopted. */
public enum Placement {
  KINSHIP,
  FOSTER,
  INSTITUTION,
  ADOPTED
}
