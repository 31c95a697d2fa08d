package org.shouhu.shared.application.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A date as {@code YYYY-MM-DD} (with {@link #orDateTime()} also a date-time); with {@link #past()},
 * not after today anywhere on Earth (clock skew allowed). Absent is fine.
 */
@Constraint(validatedBy = Date.Check.class)
@Target({
  ElementType.FIELD,
  ElementType.RECORD_COMPONENT,
  ElementType.PARAMETER,
  ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface Date {

  boolean past() default false;

  /** Also an RFC 3339 date-time, read as its day in Beijing ({@link Values#day}). */
  boolean orDateTime() default false;

  String message() default "{validation.date}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check. */
  class Check implements ConstraintValidator<Date, String> {

    private boolean past;
    private boolean orDateTime;

    @Override
    public void initialize(Date annotation) {
      past = annotation.past();
      orDateTime = annotation.orDateTime();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || value.isBlank()) {
        return true;
      }
      LocalDate date;
      try {
        date = orDateTime ? Values.day(value) : Values.date(value);
      } catch (DateTimeParseException e) {
        return false;
      }
      Instant latest = context.getClockProvider().getClock().instant().plus(DateTime.SKEW);
      if (past && date.isAfter(LocalDate.ofInstant(latest, ZoneOffset.ofHours(14)))) {
        Constraints.replaceMessage(context, "{validation.future}");
        return false;
      }
      return true;
    }
  }
}
