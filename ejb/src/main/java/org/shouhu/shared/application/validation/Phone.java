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

/** A phone number: 3–32 of digits, {@code + ( ) -} and spaces. Absent or blank is fine. */
@Constraint(validatedBy = Phone.Check.class)
@Target({
  ElementType.FIELD,
  ElementType.RECORD_COMPONENT,
  ElementType.PARAMETER,
  ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface Phone {

  String message() default "{validation.phone}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check. */
  class Check implements ConstraintValidator<Phone, String> {

    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{3,32}");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.isBlank() || PHONE.matcher(value.strip()).matches();
    }
  }
}
