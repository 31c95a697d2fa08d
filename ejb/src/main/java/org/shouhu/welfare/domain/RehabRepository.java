package org.shouhu.welfare.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The designated institutions, the grants and their claims. */
public interface RehabRepository {

  List<RehabInstitution> institutions();

  Optional<RehabInstitution> institution(String id);

  /** Adds one; the same name twice is a conflict. */
  void add(RehabInstitution institution);

  void store(RehabGrant grant);

  List<RehabGrant> grantsOfCase(String caseId);

  /** A page of the grants at {@code institutionId}, newest first. */
  List<RehabGrant> grantsAt(String institutionId, int first, int max);

  long countAt(String institutionId);

  /**
   * The grant, its row locked until the transaction ends: claims on one grant are decided one after
   * the other, so that together they never go over its cap.
   */
  Optional<RehabGrant> lockGrant(String id);

  void store(RehabClaim claim);

  /** The claims of each of the grants, by grant id, in one query (a grant without any: none). */
  java.util.Map<String, List<RehabClaim>> claimsOf(java.util.Collection<String> grantIds);

  /** The claims of {@code month} on the grants at {@code institutionId}, with their grants. */
  List<Settled> claimsAt(String institutionId, java.time.YearMonth month);

  /** A claim with the grant it was made on. */
  record Settled(RehabGrant grant, RehabClaim claim) {}

  /** What the grant's claims for {@code month} took. */
  BigDecimal claimedIn(String grantId, YearMonth month);
}
