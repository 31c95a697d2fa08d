package org.shouhu.shared.application.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * An RFC 3339 date-time with its offset ({@code 2026-11-28T10:15:00+08:00}); unless {@link
 * #future()}, not more than {@link #SKEW} ahead of the server's clock. Absent is fine.
 */
@Constraint(validatedBy = DateTime.Check.class)
@Target({
  ElementType.FIELD,
  ElementType.RECORD_COMPONENT,
  ElementType.PARAMETER,
  ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface DateTime {

  /** How far a client's clock may run ahead of the server's. */
  Duration SKEW = Duration.ofMinutes(5);

  boolean future() default false;

  String message() default "{validation.dateTime}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check. */
  class Check implements ConstraintValidator<DateTime, String> {

    private boolean future;

    @Override
    public void initialize(DateTime annotation) {
      future = annotation.future();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || value.isBlank()) {
        return true;
      }
      Instant at;
      try {
        at = Values.instant(value);
      } catch (DateTimeParseException e) {
        return false;
      }
      Instant now = context.getClockProvider().getClock().instant();
      if (!future && at.isAfter(now.plus(SKEW))) {
        Constraints.replaceMessage(context, "{validation.future}");
        return false;
      }
      return true;
    }
  }
}
