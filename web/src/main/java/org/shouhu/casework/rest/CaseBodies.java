package org.shouhu.casework.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.shouhu.casework.application.CaseQueries;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.rest.JsonInput;

/**
 * Reads the body of an action on a case. API.md orders 404 before 400: a malformed body is refused
 * as such only when the case exists for the caller (a well-formed one goes on to the use case,
 * which loads the case once). For every context's actions on a case.
 */
@RequestScoped
public class CaseBodies {

  @Inject CaseQueries queries;

  public <T> T read(String caseId, String action, String body, Function<JsonInput, T> fields) {
    try {
      JsonInput json = JsonInput.parse(body);
      T value = fields.apply(json);
      json.requireWellTyped();
      return value;
    } catch (InvalidInputException malformed) {
      queries.requireVisible(caseId, action);
      throw malformed;
    }
  }
}
