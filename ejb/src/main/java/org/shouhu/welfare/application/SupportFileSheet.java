package org.shouhu.welfare.application;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shouhu.welfare.domain.SupportFile;

/**
 * A support file as the case shows it ({@code supportFile}): the payee's account masked but for its
 * last four digits (the bank file holds it in full).
 */
public record SupportFileSheet(
    String id,
    String category,
    String status,
    Grounds grounds,
    String placement,
    Payee payee,
    String otherBenefitMonthly,
    Instant appliedAt,
    Instant verifiedAt,
    Instant confirmedAt,
    String supportFrom,
    String lastMonth,
    Instant refusedAt,
    Instant endedAt,
    String reason,
    long version) {

  /** Each parent's situation and since when. */
  public record Grounds(Parent father, Parent mother) {}

  public record Parent(String situation, String since) {}

  @Schema(name = "PayeeSheet")
  public record Payee(String kind, String name, String bankAccount) {}

  public static SupportFileSheet of(SupportFile f) {
    org.shouhu.welfare.domain.Grounds g = f.grounds();
    return new SupportFileSheet(
        f.id(),
        f.category().name(),
        f.status().name(),
        new Grounds(parent(g.father()), parent(g.mother())),
        f.placement().name(),
        new Payee(f.payeeKind().name(), f.payeeName(), masked(f.bankAccount())),
        f.otherBenefit().toPlainString(),
        f.appliedAt(),
        f.verifiedAt().orElse(null),
        f.confirmedAt().orElse(null),
        f.supportFrom().orElse(null),
        f.lastMonth().orElse(null),
        f.refusedAt().orElse(null),
        f.endedAt().orElse(null),
        f.reason().orElse(null),
        f.version());
  }

  private static Parent parent(org.shouhu.welfare.domain.Grounds.Parent p) {
    return new Parent(p.situation().name(), p.since() == null ? null : p.since().toString());
  }

  /** An account as {@code ****1234}. */
  static String masked(String account) {
    if (account == null) {
      return null;
    }
    String digits = account.strip();
    return digits.length() <= 4
        ? "****"
        : "*".repeat(Math.min(12, digits.length() - 4)) + digits.substring(digits.length() - 4);
  }
}
