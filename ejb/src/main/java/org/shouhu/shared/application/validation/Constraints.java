package org.shouhu.shared.application.validation;

import jakarta.validation.ConstraintValidatorContext;

/** Helpers of the constraint checks. */
final class Constraints {

  private Constraints() {}

  /** Reports the violation with {@code template} instead of the constraint's own message. */
  static void replaceMessage(ConstraintValidatorContext context, String template) {
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
  }
}
