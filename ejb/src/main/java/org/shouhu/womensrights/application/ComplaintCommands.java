package org.shouhu.womensrights.application;

import java.time.Instant;
import org.shouhu.shared.application.validation.DateTime;
import org.shouhu.shared.application.validation.OneOf;
import org.shouhu.shared.application.validation.Required;
import org.shouhu.shared.application.validation.Text;
import org.shouhu.shared.application.validation.Values;
import org.shouhu.womensrights.domain.ComplaintStep;

/** A complaint step as asked for (README "Women's-rights complaints"). */
public final class ComplaintCommands {

  private ComplaintCommands() {}

  public record Step(
      @Required @OneOf(ComplaintStep.Type.class) String type,
      @Required @DateTime String at,
      @Text(max = 4000) String notes,
      @OneOf(ComplaintStep.Result.class) String result) {

    public ComplaintStep.Type stepType() {
      return Values.of(ComplaintStep.Type.class, type);
    }

    public Instant when() {
      return Values.instant(at);
    }

    public ComplaintStep.Result stepResult() {
      return result == null ? null : Values.of(ComplaintStep.Result.class, result);
    }
  }
}
