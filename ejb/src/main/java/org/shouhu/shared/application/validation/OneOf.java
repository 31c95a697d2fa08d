package org.shouhu.shared.application.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

/**
 * A string that names a constant of {@link #value()} (surrounding blanks ignored; absent or blank
 * is fine); the message lists the constants. {@link #of} reads a valid value.
 */
@Constraint(validatedBy = OneOf.Check.class)
@Target({
  ElementType.FIELD,
  ElementType.RECORD_COMPONENT,
  ElementType.PARAMETER,
  ElementType.METHOD,
  ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {

  Class<? extends Enum<?>> value();

  String message() default "{validation.enum}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check. */
  class Check implements ConstraintValidator<OneOf, String> {

    private Enum<?>[] constants;

    @Override
    public void initialize(OneOf annotation) {
      constants = annotation.value().getEnumConstants();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null
          || value.isBlank()
          || Arrays.stream(constants).anyMatch(c -> c.name().equals(value.strip()));
    }
  }
}
