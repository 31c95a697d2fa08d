package org.shouhu.casework.domain;

import java.time.Instant;
import org.shouhu.shared.domain.JurisdictionCode;

/**
 * A report or call as taken in, already checked: the channel, the kind, when it came in (which sets
 * deadlines and the case number's year), the community, urgency (the person is in immediate
 * danger), the category, a summary, and the reporter.
 */
public record Intake(
    Channel channel,
    CaseKind kind,
    Instant receivedAt,
    JurisdictionCode jurisdiction,
    boolean urgent,
    CaseCategory category,
    String summary,
    Reporter reporter) {}
