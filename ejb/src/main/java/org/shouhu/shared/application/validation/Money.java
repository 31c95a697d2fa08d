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

/**
 * A sum of money in yuan as API.md writes it: digits with exactly two decimals ({@code "1439.90"}),
 * at most 99,999,999.99. Absent or blank is fine.
 */
@Constraint(validatedBy = Money.Check.class)
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

  /** The check. */
  class Check implements ConstraintValidator<Money, String> {

    private static final Pattern FORM = Pattern.compile("[0-9]{1,8}\\.[0-9]{2}");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.isBlank() || FORM.matcher(value.strip()).matches();
    }
  }
}
