package org.shouhu.protection.domain;

/** What a protection order forbids or orders (Anti-Domestic Violence Law art. 29). */
public enum Measure {
  /** 禁止实施家庭暴力. */
  NO_VIOLENCE,
  /** 禁止骚扰、跟踪、接触申请人及其相关近亲属. */
  NO_HARASSMENT,
  /** 责令迁出申请人住所. */
  MOVE_OUT,
  /** 保护申请人人身安全的其他措施. */
  OTHER
}
