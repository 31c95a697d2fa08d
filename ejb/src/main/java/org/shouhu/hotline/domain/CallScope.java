package org.shouhu.hotline.domain;

import java.util.Optional;

/**
 * Which calls a reader may see: hotline operators and caseworkers those of their district (the
 * hotline is the district's); a street's supervisor those placed in her street; nobody else any.
 */
public record CallScope(String district, String street) {

  public static final CallScope NONE = new CallScope(null, null);

  public static CallScope district(String code) {
    return new CallScope(code, null);
  }

  public static CallScope street(String code) {
    return new CallScope(null, code);
  }

  public boolean isEmpty() {
    return district == null && street == null;
  }

  public Optional<String> streetOnly() {
    return Optional.ofNullable(street);
  }

  /** Whether a call of {@code callDistrict}, placed at {@code callJurisdiction}, is in scope. */
  public boolean covers(String callDistrict, String callJurisdiction) {
    if (district != null) {
      return district.equals(callDistrict);
    }
    return street != null && callJurisdiction != null && callJurisdiction.startsWith(street);
  }
}
