package org.shouhu.welfare.domain;

/**
 * The groups a rehabilitation grant gives priority to (国发〔2018〕20号): families on 低保 (minimum living
 * allowance), children under 特困 support, orphans.
 */
public enum PriorityGroup {
  DIBAO,
  TEKUN,
  ORPHAN
}
