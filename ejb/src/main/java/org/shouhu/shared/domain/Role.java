package org.shouhu.shared.domain;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of Keycloak realm {@code shouhu} (DOMAIN.md §1). */
public enum Role {
  /** 12338 热线接线员. */
  HOTLINE_OPERATOR("hotline-operator"),
  /** 社区儿童主任. */
  CHILD_DIRECTOR("child-director"),
  /** 街道儿童督导员. */
  CHILD_SUPERVISOR("child-supervisor"),
  /** 区级个案工作者 (民政/妇联). */
  CASEWORKER("caseworker"),
  /** 法律援助中心. */
  LEGAL_AID_OFFICER("legal-aid-officer"),
  /** 统计监测组. */
  STATISTICIAN("statistician"),
  /** 审计. */
  AUDITOR("auditor"),
  /** 系统管理员. */
  ADMIN("admin"),
  /** 定点康复机构经办人: her institution's rehabilitation grants only. */
  INSTITUTION_OFFICER("rehab-institution-officer");

  /** Role names as string constants, for {@code @RolesAllowed}. */
  public static final class Names {
    public static final String HOTLINE_OPERATOR = "hotline-operator";
    public static final String CHILD_DIRECTOR = "child-director";
    public static final String CHILD_SUPERVISOR = "child-supervisor";
    public static final String CASEWORKER = "caseworker";
    public static final String LEGAL_AID_OFFICER = "legal-aid-officer";
    public static final String STATISTICIAN = "statistician";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    public static final String INSTITUTION_OFFICER = "rehab-institution-officer";

    private Names() {}
  }

  private final String realmName;

  Role(String realmName) {
    this.realmName = realmName;
  }

  /** The role's name in the Keycloak realm and in tokens. */
  public String realmName() {
    return realmName;
  }

  public static Optional<Role> ofRealmName(String name) {
    return Arrays.stream(values()).filter(r -> r.realmName.equals(name)).findFirst();
  }
}
