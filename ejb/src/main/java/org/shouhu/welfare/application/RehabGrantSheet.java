package org.shouhu.welfare.application;

import java.time.Instant;
import java.util.List;
import org.shouhu.welfare.domain.RehabClaim;
import org.shouhu.welfare.domain.RehabGrant;

/** A grant as the case shows it ({@code rehabGrants}), with its claims. */
public record RehabGrantSheet(
    String id,
    String caseNumber,
    String disability,
    String item,
    String institution,
    String from,
    String to,
    Instant approvedAt,
    String cap,
    String capPer,
    String claimed,
    List<String> priority,
    String supportFileId,
    List<ClaimSheet> claims) {

  /** A claim: the month, what the grant pays, what the family paid, the sessions. */
  public record ClaimSheet(
      String id, String month, String amount, String outOfPocket, Integer sessions) {

    static ClaimSheet of(RehabClaim c) {
      return new ClaimSheet(
          c.id(),
          c.month().toString(),
          c.amount().toPlainString(),
          c.outOfPocket().toPlainString(),
          c.sessions());
    }
  }

  static RehabGrantSheet of(RehabGrant g, List<RehabClaim> claims) {
    return new RehabGrantSheet(
        g.id(),
        g.caseNumber(),
        g.disability().name(),
        g.item().name(),
        g.institutionId(),
        g.from().toString(),
        g.to().toString(),
        g.approvedAt(),
        g.cap().toPlainString(),
        g.capPer().name(),
        g.claimedInAll().toPlainString(),
        g.priority().stream().map(Enum::name).toList(),
        g.supportFileId().orElse(null),
        claims.stream().map(ClaimSheet::of).toList());
  }
}
