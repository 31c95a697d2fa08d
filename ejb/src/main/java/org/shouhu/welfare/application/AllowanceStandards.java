package org.shouhu.welfare.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.Commands;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.application.validation.Money;
import org.shouhu.shared.application.validation.Month;
import org.shouhu.shared.application.validation.OneOf;
import org.shouhu.shared.application.validation.Required;
import org.shouhu.shared.application.validation.Values;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.Role;
import org.shouhu.welfare.domain.AllowanceCategory;
import org.shouhu.welfare.domain.AllowanceStandard;
import org.shouhu.welfare.domain.AllowanceStandardRepository;

/**
 * The allowance standards (API.md): a dated table per category, kept by the admin — a new standard
 * from a month on, never one edited — read by caseworkers and statisticians, each row with its rise
 * over the standard in force a year before, against the plan's 6 %.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.CASEWORKER, Role.Names.STATISTICIAN})
public class AllowanceStandards {

  /** A new standard as the admin enters it. */
  @Schema(name = "AllowanceStandardEntry")
  public record Entry(
      @Schema(implementation = AllowanceCategory.class, required = true)
          @Required
          @OneOf(AllowanceCategory.class)
          String category,
      @Schema(
              type = SchemaType.STRING,
              pattern = "^[0-9]{1,8}\\.[0-9]{2}$",
              examples = "1439.90",
              description = "yuan, two decimals",
              required = true)
          @Required
          @Money
          String monthly,
      @Schema(
              type = SchemaType.STRING,
              pattern = "^(20[0-9]{2}|2100)-(0[1-9]|1[0-2])$",
              examples = "2026-04",
              required = true)
          @Required
          @Month
          String from) {}

  /** A standard as read: with its rise over a year before, in % (null: none a year before). */
  @Schema(name = "AllowanceStandardRow")
  public record Row(
      String category, String monthly, String from, String yearlyRise, Boolean meetsPlan) {}

  @Inject AllowanceStandardRepository standards;
  @Inject Commands commands;
  @Inject CurrentUser user;
  @Inject AccessLog accessLog;

  public List<Row> list() {
    List<AllowanceStandard> table = standards.all();
    return table.stream().map(s -> row(table, s)).toList();
  }

  @Audited("ALLOWANCE_STANDARD")
  @RolesAllowed(Role.Names.ADMIN)
  public Row add(Entry entry) {
    commands.check(entry);
    BigDecimal monthly = new BigDecimal(entry.monthly().strip());
    if (monthly.signum() <= 0) {
      throw InvalidInputException.of("monthly", "standard.positive");
    }
    AllowanceStandard s =
        new AllowanceStandard(
            Values.of(AllowanceCategory.class, entry.category()),
            monthly,
            YearMonth.parse(entry.from().strip()));
    standards.add(s, user.username());
    accessLog.record("ALLOWANCE_STANDARD", List.of(s.category() + "/" + s.from()), null);
    return row(standards.all(), s);
  }

  private static Row row(List<AllowanceStandard> table, AllowanceStandard s) {
    BigDecimal rise =
        AllowanceStandard.inForce(table, s.category(), s.from().minusMonths(12))
            .flatMap(before -> AllowanceStandard.rise(before, s))
            .orElse(null);
    return new Row(
        s.category().name(),
        s.monthly().setScale(2).toPlainString(),
        s.from().toString(),
        rise == null ? null : rise.toPlainString(),
        rise == null ? null : rise.compareTo(AllowanceStandard.PLAN_GROWTH) >= 0);
  }
}
