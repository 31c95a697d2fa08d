package org.shouhu.shared.application.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/** A month as {@code YYYY-MM} (2000-01 to 2100-12). Absent or blank is fine. */
@Constraint(validatedBy = Month.Check.class)
@Target({
  ElementType.FIELD,
  ElementType.RECORD_COMPONENT,
  ElementType.PARAMETER,
  ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface Month {

  String message() default "{2100)-(0[1-9]|1[0-2])|validation.month}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check. */
  class Check implements ConstraintValidator<Month, String> {

    private static final Pattern FORM = Pattern.compile("(20[0-9]{2}|2100)-(0[1-9]|1[0-2])");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.isBlank() || FORM.matcher(value.strip()).matches();
    }
  }
}
