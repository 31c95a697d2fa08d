package org.shouhu.shared.application;

import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** {@link Commands} outside a container: Hibernate Validator, its clock stopped at {@code now}. */
public final class TestCommands {

  private TestCommands() {}

  public static Commands at(Instant now) {
    return new Commands(
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .clockProvider(() -> Clock.fixed(now, ZoneOffset.UTC))
            .buildValidatorFactory()
            .getValidator());
  }
}
