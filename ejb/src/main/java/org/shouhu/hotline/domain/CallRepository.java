package org.shouhu.hotline.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The call log, always read within a scope ({@link CallScope}). */
public interface CallRepository {

  /** The next number of the year's gap-free sequence (the counter stays locked until commit). */
  CallNumber nextNumber(int year);

  Optional<Call> find(String id, CallScope scope);

  /** The call, its row locked until commit: one case per call, also under concurrent requests. */
  Optional<Call> lock(String id, CallScope scope);

  Optional<Call> ofCase(String caseId);

  /** What a list asks for; null fields do not filter. */
  record Filter(
      Line line,
      Instant from,
      Instant to,
      org.shouhu.casework.domain.CaseCategory category,
      CallOutcome outcome) {}

  List<Call> list(CallScope scope, Filter filter, int page, int size);

  long count(CallScope scope, Filter filter);

  /**
   * Calls from the number with this hash that started by {@code before}, newest first (never the
   * number itself); the caller leaves out the call she asks about.
   */
  List<Call> fromSameNumber(String phoneHash, CallScope scope, Instant before);

  /** Callers who asked to be called back and were not yet, soonest first. */
  List<Call> callBacksDue(CallScope scope, int limit);

  /** Calls per week, line, category and outcome: counts only, no one named. */
  record Count(
      java.time.LocalDate week, String line, String category, String outcome, long calls) {}

  List<Count> countByWeek(CallScope scope, Instant from, Instant to);

  void store(Call call);
}
