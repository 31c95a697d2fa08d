package org.shouhu.shared.application.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.JurisdictionLevel;

/**
 * The code of a community (12 digits: district, street, community). Whether it is one the tree has
 * is the directory's to say. Absent or blank is fine.
 */
@Constraint(validatedBy = Community.Check.class)
@Target({
  ElementType.FIELD,
  ElementType.RECORD_COMPONENT,
  ElementType.PARAMETER,
  ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface Community {

  String message() default "{validation.community}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check. */
  class Check implements ConstraintValidator<Community, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null
          || value.isBlank()
          || JurisdictionCode.parse(value.strip())
              .filter(code -> code.level() == JurisdictionLevel.COMMUNITY)
              .isPresent();
    }
  }
}
