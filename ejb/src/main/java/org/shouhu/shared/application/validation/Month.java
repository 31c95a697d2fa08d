package org.shouhu.shared.application.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A month as {@code YYYY-MM} (2000-01 to 2100-12). Absent is fine. */
@Pattern(regexp = "(20[0-9]{2}|2100)-(0[1-9]|1[0-2])")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({
  ElementType.FIELD,
  ElementType.RECORD_COMPONENT,
  ElementType.PARAMETER,
  ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface Month {

  String message() default "{validation.month}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
