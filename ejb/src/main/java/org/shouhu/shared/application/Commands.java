package org.shouhu.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shouhu.shared.domain.InvalidInputException;

/**
 * Checks a command — a record of what a user asked, from a page or the API — against its Jakarta
 * Validation constraints: every violation is reported at once, on its field ({@code
 * subject.idNumber}, {@code people[0].role}), with a message of {@code ValidationMessages} and the
 * constraint's attributes to fill it (422).
 */
@ApplicationScoped
public class Commands {

  @Inject Validator validator;

  protected Commands() {}

  /** For tests without a container. */
  public Commands(Validator validator) {
    this.validator = validator;
  }

  /** {@code command}, when it keeps its constraints; 422 with every violation otherwise. */
  public <T> T check(T command) {
    List<InvalidInputException.FieldError> errors = violations(command);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors, false);
    }
    return command;
  }

  /** The violations of {@code command}, field by field, in field order. */
  public <T> List<InvalidInputException.FieldError> violations(T command) {
    Set<ConstraintViolation<T>> violations = validator.validate(command);
    List<InvalidInputException.FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<T> v : violations) {
      Map<String, Object> values = new HashMap<>(v.getConstraintDescriptor().getAttributes());
      values.put("validatedValue", v.getInvalidValue());
      String template = v.getMessageTemplate();
      String key =
          template.startsWith("{") && template.endsWith("}")
              ? template.substring(1, template.length() - 1)
              : template;
      errors.add(new InvalidInputException.FieldError(v.getPropertyPath().toString(), key, values));
    }
    errors.sort(Comparator.comparing(InvalidInputException.FieldError::field));
    return errors;
  }
}
