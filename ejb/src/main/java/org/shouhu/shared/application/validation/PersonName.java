package org.shouhu.shared.application.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A person's name as it is written: any Unicode letters and marks (rare, supplementary-plane
 * characters included), spaces and {@code ·}; no digits or symbols; at most {@link #MAX}
 * characters. Absent or blank is fine.
 */
@Constraint(validatedBy = PersonName.Check.class)
@Target({
  ElementType.FIELD,
  ElementType.RECORD_COMPONENT,
  ElementType.PARAMETER,
  ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface PersonName {

  int MAX = 100;

  String message() default "{validation.name}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check. */
  class Check implements ConstraintValidator<PersonName, String> {

    private static final String PUNCTUATION = "·・‧•-'.";

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || value.isBlank()) {
        return true;
      }
      if (value.codePointCount(0, value.length()) > MAX) {
        context.disableDefaultConstraintViolation();
        context
            .buildConstraintViolationWithTemplate("{validation.tooLong}")
            .addConstraintViolation();
        return false;
      }
      return Values.storable(value)
          && value
              .codePoints()
              .allMatch(
                  c ->
                      Character.isLetter(c)
                          || Character.getType(c) == Character.NON_SPACING_MARK
                          || Character.getType(c) == Character.COMBINING_SPACING_MARK
                          || Character.isSpaceChar(c)
                          || PUNCTUATION.indexOf(c) >= 0);
    }
  }
}
