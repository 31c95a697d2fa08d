package org.shouhu.casework.domain;

/** How a report or call came in: "一门受理", one intake point for every channel. */
public enum Channel {
  HOTLINE_12338,
  CHILD_PROTECTION_HOTLINE,
  MANDATORY_REPORT,
  WALK_IN,
  POLICE,
  COURT,
  ONLINE,
  HOME_VISIT
}
