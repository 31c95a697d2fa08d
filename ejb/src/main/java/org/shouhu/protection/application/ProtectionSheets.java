package org.shouhu.protection.application;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.shouhu.protection.domain.Assessment;
import org.shouhu.protection.domain.Instrument;
import org.shouhu.protection.domain.Placement;
import org.shouhu.protection.domain.PlanAction;
import org.shouhu.protection.domain.PoliceNotification;
import org.shouhu.protection.domain.Shelter;
import org.shouhu.protection.domain.ShelterStay;
import org.shouhu.shared.application.Messages;

/**
 * Protective work as a case's readers see it (the parts {@code police}, {@code assessments}, {@code
 * placements}, {@code planActions} of the read model), and as the use cases answer.
 */
public final class ProtectionSheets {

  private ProtectionSheets() {}

  /**
   * Whether the police must be told, and when they were (null until then, as API.md writes it); the
   * latest station and reference (extension).
   */
  public record PoliceSheet(
      boolean required, @JsonbNillable Instant notifiedAt, String station, String reference) {}

  /**
   * An assessment: its level and the rule that gave it, in the reader's language; the scores per
   * group and the answers; its review.
   */
  public record AssessmentSheet(
      String id,
      String instrument,
      String riskLevel,
      String status,
      String rule,
      Map<String, Integer> scores,
      Map<String, Boolean> answers,
      String notes,
      PlanSheet safetyPlan,
      String assessedBy,
      Instant assessedAt,
      String reviewedBy,
      Instant reviewedAt,
      String reviewReason) {}

  /** The safety plan made with her. */
  public record PlanSheet(
      String contacts, String codeWord, String whereToGo, Boolean documentsReady) {}

  /** A placement; {@code place} only for the case's handlers. */
  public record PlacementSheet(
      String id,
      String kind,
      String place,
      LocalDate from,
      LocalDate to,
      String decidedBy,
      String recordedBy,
      Instant recordedAt) {}

  /** An action of the case plan. */
  public record PlanActionSheet(
      String id,
      String type,
      String owner,
      LocalDate dueOn,
      String notes,
      String status,
      String statusNote,
      String changedBy,
      Instant changedAt,
      String createdBy,
      Instant createdAt) {}

  /** A stay in a shelter; {@code address} only for the case's handlers. */
  public record StaySheet(
      String id,
      String shelterId,
      String shelter,
      String address,
      Instant from,
      Instant until,
      String recordedBy) {}

  static StaySheet stay(ShelterStay s, Shelter shelter, boolean withAddress) {
    return new StaySheet(
        s.id(),
        shelter.id(),
        shelter.name(),
        withAddress ? shelter.address() : null,
        s.from(),
        s.until().orElse(null),
        s.recordedBy());
  }

  /** An instrument's questions, in the reader's language. */
  public record InstrumentSheet(String code, String kind, List<ItemSheet> items) {}

  /** One yes/no question. */
  public record ItemSheet(String code, String group, String text, boolean required) {}

  static PoliceSheet police(boolean required, List<PoliceNotification> notifications) {
    PoliceNotification last = notifications.isEmpty() ? null : notifications.get(0);
    return new PoliceSheet(
        required,
        last == null ? null : last.notifiedAt(),
        last == null ? null : last.station(),
        last == null ? null : last.reference().orElse(null));
  }

  static AssessmentSheet assessment(Assessment a, Instrument instrument, Locale language) {
    return new AssessmentSheet(
        a.id(),
        a.instrument(),
        a.riskLevel().name(),
        a.status().name(),
        instrument == null ? null : rule(a, instrument, language),
        a.scores(),
        a.answers(),
        a.notes().orElse(null),
        a.safetyPlan()
            .map(
                p ->
                    new PlanSheet(
                        p.contacts().orElse(null),
                        p.codeWord().orElse(null),
                        p.whereToGo().orElse(null),
                        p.documentsReady().orElse(null)))
            .orElse(null),
        a.assessedBy(),
        a.assessedAt(),
        a.reviewedBy().orElse(null),
        a.reviewedAt().orElse(null),
        a.reviewReason().orElse(null));
  }

  /**
   * The result and the rule in words, e.g. "安全威胁 0、风险因素 2 → 中（规则：安全威胁 ≥1 → 极高；风险因素 ≥3 → 高；风险因素 ≥1 →
   * 中；其余 → 低）".
   */
  static String rule(Assessment a, Instrument instrument, Locale language) {
    String scores =
        instrument.groups().stream()
            .map(g -> group(language, g) + " " + a.scores().getOrDefault(g, 0))
            .collect(Collectors.joining(Messages.get(language, "list.separator")));
    String rules =
        instrument.rules().stream()
            .map(
                r ->
                    r.minimum() == 0
                        ? Messages.get(language, "assessment.rule.otherwise", level(language, r))
                        : Messages.get(
                            language,
                            "assessment.rule.line",
                            group(language, r.group()),
                            String.valueOf(r.minimum()),
                            level(language, r)))
            .collect(Collectors.joining(Messages.get(language, "assessment.rule.separator")));
    return Messages.get(
        language,
        "assessment.rule",
        scores,
        Messages.get(language, "riskLevel." + a.riskLevel().name()),
        rules);
  }

  private static String group(Locale language, String group) {
    String key = "assessment.group." + group;
    return Messages.has(language, key) ? Messages.get(language, key) : group;
  }

  private static String level(Locale language, Instrument.LevelRule rule) {
    return Messages.get(language, "riskLevel." + rule.level().name());
  }

  static PlacementSheet placement(Placement p, boolean withPlace) {
    return new PlacementSheet(
        p.id(),
        p.kind().name(),
        withPlace ? p.place() : null,
        p.from(),
        p.to().orElse(null),
        p.decidedBy(),
        p.recordedBy(),
        p.recordedAt());
  }

  static PlanActionSheet planAction(PlanAction a) {
    return new PlanActionSheet(
        a.id(),
        a.type().name(),
        a.owner(),
        a.dueOn(),
        a.notes().orElse(null),
        a.status().name(),
        a.statusNote().orElse(null),
        a.changedBy().orElse(null),
        a.changedAt().orElse(null),
        a.createdBy(),
        a.createdAt());
  }

  static InstrumentSheet instrument(Instrument instrument, Locale language) {
    return new InstrumentSheet(
        instrument.code(),
        instrument.kind().name(),
        instrument.items().stream()
            .map(i -> new ItemSheet(i.code(), i.group(), i.text(language), true))
            .collect(Collectors.toList()));
  }
}
