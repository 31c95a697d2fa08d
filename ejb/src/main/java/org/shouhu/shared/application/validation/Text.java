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
 * Free text that can be stored as it is: at most {@link #max()} characters (Unicode code points, so
 * that a rare character counts once), no unpaired surrogate, no control character but tab and line
 * breaks. Absent is fine.
 */
@Constraint(validatedBy = Text.Check.class)
@Target({
  ElementType.FIELD,
  ElementType.RECORD_COMPONENT,
  ElementType.PARAMETER,
  ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface Text {

  int max();

  String message() default "{validation.tooLong}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check. */
  class Check implements ConstraintValidator<Text, String> {

    private int max;

    @Override
    public void initialize(Text annotation) {
      max = annotation.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      if (!Values.storable(value)) {
        Constraints.replaceMessage(context, "{validation.text}");
        return false;
      }
      return value.codePointCount(0, value.length()) <= max;
    }
  }
}
