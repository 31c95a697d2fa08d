package org.shouhu.directory.rest;

import java.util.Locale;
import org.shouhu.directory.domain.Jurisdiction;
import org.shouhu.shared.domain.JurisdictionCode;

/**
 * A node as the API shows it (API.md): {@code name} in the caller's language, plus both names
 * ({@code nameZh}, {@code nameEn}) as an extension.
 */
public record JurisdictionView(
    String code, String name, String nameZh, String nameEn, String level, String parent) {

  static JurisdictionView of(Jurisdiction node, Locale locale) {
    return new JurisdictionView(
        node.code().value(),
        locale.getLanguage().equals("en") ? node.nameEn() : node.nameZh(),
        node.nameZh(),
        node.nameEn(),
        node.level().name(),
        node.parent().map(JurisdictionCode::value).orElse(null));
  }
}
