package org.shouhu.hotline.domain;

/**
 * How a call ended: answered (advice given), referred to another agency, or a case — the call then
 * awaits the case it becomes.
 */
public enum CallOutcome {
  ANSWERED,
  REFERRED,
  CASE
}
