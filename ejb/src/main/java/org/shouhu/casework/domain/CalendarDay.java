package org.shouhu.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A day that differs from the Monday-to-Friday week: a holiday, or a make-up working day. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

  /** Off on a weekday (节假日) or at work on a weekend (调休上班). */
  @Schema(name = "CalendarDayKind")
  public enum Kind {
    HOLIDAY,
    WORKDAY
  }

  @Id
  @Column(name = "calendar_date")
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(name = "day_kind", nullable = false, length = 16)
  private Kind kind;

  @Column(name = "label", length = 100)
  private String label;

  protected CalendarDay() {}

  public CalendarDay(LocalDate day, Kind kind, String label) {
    this.day = Objects.requireNonNull(day);
    this.kind = Objects.requireNonNull(kind);
    this.label = label == null || label.isBlank() ? null : label.strip();
  }

  /**
   * Reads a calendar file: one day per line, {@code date kind label} separated by tabs or spaces
   * ({@code 2026-10-01 HOLIDAY 国庆节}); {@code #} starts a comment. A bad line is an error naming its
   * number.
   */
  public static List<CalendarDay> parse(List<String> lines) {
    List<CalendarDay> days = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replaceFirst("#.*", "").strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\\s+", 3);
      try {
        days.add(
            new CalendarDay(
                LocalDate.parse(parts[0]),
                Kind.valueOf(parts.length > 1 ? parts[1] : ""),
                parts.length > 2 ? parts[2] : null));
      } catch (DateTimeParseException | IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "line " + (i + 1) + ": expected 'yyyy-mm-dd HOLIDAY|WORKDAY label', got: " + line);
      }
    }
    return days;
  }

  public LocalDate day() {
    return day;
  }

  public Kind kind() {
    return kind;
  }

  public String label() {
    return label;
  }
}
