package org.shouhu.agencyreferral.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Referrals to other agencies. */
public interface AgencyReferralRepository {

  List<AgencyReferral> of(AgencyReferral.Origin origin, String originId);

  /** The referrals of several calls or cases, oldest first. */
  List<AgencyReferral> of(AgencyReferral.Origin origin, Collection<String> originIds);

  Optional<AgencyReferral> find(AgencyReferral.Origin origin, String originId, String id);

  /** Call referrals past their time, unanswered and not chased yet (a short read). */
  List<String> overdueCallReferrals(Instant now, int limit);

  Optional<AgencyReferral> find(String id);

  /**
   * Marks the referral chased at {@code now} if nobody did yet; false when another scan got there
   * first (it waited for that one's commit).
   */
  boolean markEscalated(String id, Instant now);

  void store(AgencyReferral referral);
}
