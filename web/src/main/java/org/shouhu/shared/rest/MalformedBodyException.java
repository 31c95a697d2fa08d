package org.shouhu.shared.rest;

import java.util.List;
import org.shouhu.shared.domain.InvalidInputException;

/**
 * A request body that could not be read as its record: not JSON, not an object, too deep, or with
 * values of the wrong JSON type (each on its field). 400 — once the record the path names is known
 * to be there for the caller ({@link RecordPaths}).
 */
public class MalformedBodyException extends InvalidInputException {

  public MalformedBodyException(List<FieldError> errors) {
    super(errors, true);
  }
}
