package org.shouhu.monitoring.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.directory.domain.JurisdictionRepository;
import org.shouhu.monitoring.domain.Denominator;
import org.shouhu.monitoring.domain.DenominatorRepository;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.Commands;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.application.validation.OneOf;
import org.shouhu.shared.application.validation.Required;
import org.shouhu.shared.application.validation.Text;
import org.shouhu.shared.application.validation.Values;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.JurisdictionLevel;
import org.shouhu.shared.domain.Role;

/**
 * The denominators only the statistics office has (per street and year, e.g. the children 0–17 of a
 * street): the statistician enters them, the admin reads them; every entry is in the access log.
 * All of a request's rows are entered, or none (each error on its row's field).
 */
@Stateless
public class Denominators {

  /** A row as entered or read. */
  @Schema(name = "DenominatorRow")
  public record Row(
      @Schema(required = true, maxLength = 12) @Required @Text(max = 12) String street,
      @Schema(implementation = Denominator.Name.class, required = true)
          @Required
          @OneOf(Denominator.Name.class)
          String name,
      @Schema(required = true) @Required Long value,
      String enteredBy,
      Instant enteredAt) {}

  /** What the statistician sends: the rows to enter. */
  @Schema(name = "DenominatorEntry")
  public record Entry(@Schema(required = true) @Required List<@Required @Valid Row> rows) {}

  static final int MAX_ROWS = 2000;

  @Inject CurrentUser user;
  @Inject DenominatorRepository denominators;
  @Inject JurisdictionRepository jurisdictions;
  @Inject Commands commands;
  @Inject AccessLog accessLog;

  @RolesAllowed({Role.Names.STATISTICIAN, Role.Names.ADMIN})
  public List<Row> of(int year) {
    checkYear(year);
    return denominators.ofYear(year).stream()
        .map(d -> new Row(d.street(), d.name().name(), d.amount(), d.enteredBy(), d.enteredAt()))
        .toList();
  }

  @Audited("DENOMINATOR")
  @RolesAllowed(Role.Names.STATISTICIAN)
  public List<Row> enter(int year, Entry entry) {
    checkYear(year);
    commands.check(entry);
    if (entry.rows().size() > MAX_ROWS) {
      throw InvalidInputException.of(
          "rows", "validation.tooMany", java.util.Map.of("max", MAX_ROWS));
    }
    List<InvalidInputException.FieldError> errors = new ArrayList<>();
    for (int i = 0; i < entry.rows().size(); i++) {
      Row r = entry.rows().get(i);
      boolean street =
          JurisdictionCode.parse(r.street().strip())
              .flatMap(jurisdictions::find)
              .filter(j -> j.level() == JurisdictionLevel.STREET && !j.isRetired())
              .isPresent();
      if (!street) {
        errors.add(
            new InvalidInputException.FieldError(
                "rows[" + i + "].street", "indicators.street.invalid"));
      }
      if (r.value() < 0 || r.value() > Denominator.LARGEST) {
        errors.add(
            new InvalidInputException.FieldError(
                "rows[" + i + "].value",
                "validation.range",
                java.util.Map.of("min", 0, "max", Denominator.LARGEST)));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors, false);
    }
    Instant now = Instant.now();
    List<String> keys = new ArrayList<>();
    for (Row r : entry.rows()) {
      Denominator.Name name = Values.of(Denominator.Name.class, r.name());
      String street = r.street().strip();
      Denominator d =
          denominators
              .find(Denominator.key(year, street, name))
              .orElseGet(() -> new Denominator(year, street, name));
      d.enter(r.value(), user.username(), now);
      denominators.store(d);
      keys.add(d.id());
    }
    accessLog.record("DENOMINATOR", keys, null);
    return of(year);
  }

  private static void checkYear(int year) {
    if (year < Indicators.FIRST_YEAR || year > Indicators.LAST_YEAR) {
      throw InvalidInputException.of(
          "year", "indicators.year.invalid", Indicators.FIRST_YEAR, Indicators.LAST_YEAR);
    }
  }
}
