package org.shouhu.hotline.application;

import java.time.Instant;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.shared.application.validation.DateTime;
import org.shouhu.shared.application.validation.OneOf;
import org.shouhu.shared.application.validation.Required;
import org.shouhu.shared.application.validation.Text;
import org.shouhu.shared.application.validation.Values;

/** What is done to a logged call (README "Hotline calls"). */
public final class CallCommands {

  private CallCommands() {}

  /** Hand the call to the other line, in one of its categories. */
  public record Handover(
      @Required @Text(max = 8) String line, @Required @OneOf(CaseCategory.class) String category) {

    public CaseCategory newCategory() {
      return Values.of(CaseCategory.class, category);
    }
  }

  /** The caller was called back. */
  public record CallBack(@Required @DateTime String at) {

    public Instant when() {
      return Values.instant(at);
    }
  }
}
