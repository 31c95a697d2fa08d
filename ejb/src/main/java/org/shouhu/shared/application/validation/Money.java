package org.shouhu.shared.application.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A sum of money in yuan as API.md writes it: digits with exactly two decimals ({@code "1439.90"}),
 * at most 99,999,999.99. Absent is fine.
 */
@Pattern(regexp = "[0-9]{1,8}\\.[0-9]{2}")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({
  ElementType.FIELD,
  ElementType.RECORD_COMPONENT,
  ElementType.PARAMETER,
  ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface Money {

  String message() default "{validation.money}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
