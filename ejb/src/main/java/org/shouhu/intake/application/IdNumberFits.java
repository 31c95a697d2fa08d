package org.shouhu.intake.application;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.shouhu.casework.domain.IdType;
import org.shouhu.casework.domain.ResidentId;
import org.shouhu.shared.application.validation.Values;

/**
 * A person's ID number fits its type (a resident ID when none is given): a resident ID has 18
 * characters with a valid birth date and check digit ({@code x} taken as {@code X}) and agrees with
 * the birth date given; another document's number has at most {@link #max()} characters, without
 * spaces or control characters. Reported on {@code idNumber}.
 */
@Constraint(validatedBy = IdNumberFits.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface IdNumberFits {

  int max() default 64;

  String message() default "{validation.idNumber}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check. */
  class Check implements ConstraintValidator<IdNumberFits, IntakeForm.PersonForm> {

    private int max;

    @Override
    public void initialize(IdNumberFits annotation) {
      max = annotation.max();
    }

    @Override
    public boolean isValid(IntakeForm.PersonForm person, ConstraintValidatorContext context) {
      if (person == null || person.idNumber() == null || person.idNumber().isBlank()) {
        return true;
      }
      Optional<IdType> type = typeOf(person.idType());
      if (type.isEmpty()) {
        return true; // the type itself is refused on its own field
      }
      String raw = person.idNumber().strip();
      if (type.get() != IdType.RESIDENT_ID) {
        return (raw.length() <= max && raw.codePoints().allMatch(c -> c > 0x20 && c != 0x7f))
            || refuse(context, "{validation.idNumber}");
      }
      Optional<ResidentId.Problem> problem = ResidentId.problem(raw);
      if (problem.isPresent()) {
        return refuse(context, "{validation.residentId." + problem.get() + "}");
      }
      LocalDate given = birthDate(person.birthDate());
      if (given != null && !given.equals(ResidentId.parse(raw).birthDate())) {
        return refuse(context, "{validation.residentId.birthDateMismatch}");
      }
      return true;
    }

    static Optional<IdType> typeOf(String idType) {
      if (idType == null || idType.isBlank()) {
        return Optional.of(IdType.RESIDENT_ID);
      }
      try {
        return Optional.of(IdType.valueOf(idType.strip()));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }

    private static LocalDate birthDate(String text) {
      try {
        return Values.date(text);
      } catch (DateTimeParseException e) {
        return null; // refused on its own field
      }
    }

    private static boolean refuse(ConstraintValidatorContext context, String template) {
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(template)
          .addPropertyNode("idNumber")
          .addConstraintViolation();
      return false;
    }
  }
}
