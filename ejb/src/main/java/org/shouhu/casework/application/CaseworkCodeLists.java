package org.shouhu.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.shouhu.casework.domain.AttachmentLabel;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.Channel;
import org.shouhu.casework.domain.ReporterType;
import org.shouhu.casework.domain.Visit;
import org.shouhu.shared.application.CodeLists;

/** The lists of casework that officials see, with the codes API.md gives them. */
@ApplicationScoped
public class CaseworkCodeLists implements CodeLists.Declaration {

  public static final String CHANNEL = "channel";
  public static final String CATEGORY = "category";
  public static final String REPORTER_TYPE = "reporter-type";
  public static final String VISIT_MODE = "visit-mode";
  public static final String ATTACHMENT_LABEL = "attachment-label";

  @Override
  public Map<String, List<String>> codeLists() {
    return Map.of(
        CHANNEL, names(Channel.values()),
        CATEGORY, names(CaseCategory.values()),
        REPORTER_TYPE, names(ReporterType.values()),
        VISIT_MODE, names(Visit.Mode.values()),
        ATTACHMENT_LABEL, names(AttachmentLabel.values()));
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
