package org.shouhu.shared.domain;

import java.util.List;

/**
 * Input that breaks rules, field by field (422, or 400 when {@link #malformed()}: wrong JSON
 * types). Each violation names its field as a JSON path ({@code subject.idNumber}) and carries a
 * message key, so that every user reads it in her language.
 */
public class InvalidInputException extends DomainException {

  /** One field and what is wrong with it. */
  public record FieldError(String field, String messageKey, List<Object> arguments) {
    public FieldError(String field, String messageKey, Object... arguments) {
      this(field, messageKey, List.of(arguments));
    }
  }

  private final transient List<FieldError> errors;
  private final boolean malformed;

  public InvalidInputException(List<FieldError> errors, boolean malformed) {
    super(malformed ? "error.malformedJson" : "error.invalid", errors.size());
    this.errors = List.copyOf(errors);
    this.malformed = malformed;
  }

  public static InvalidInputException of(String field, String messageKey, Object... arguments) {
    return new InvalidInputException(List.of(new FieldError(field, messageKey, arguments)), false);
  }

  public List<FieldError> errors() {
    return errors;
  }

  public boolean malformed() {
    return malformed;
  }
}
