package org.shouhu.casework.domain;

/** Identity documents: resident ID, passport, Hong Kong / Macau / Taiwan permit, other. */
public enum IdType {
  RESIDENT_ID,
  PASSPORT,
  HMT_PERMIT,
  OTHER
}
