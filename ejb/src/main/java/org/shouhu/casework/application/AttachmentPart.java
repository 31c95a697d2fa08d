package org.shouhu.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CasePart;
import org.shouhu.casework.domain.Disclosure;
import org.shouhu.casework.domain.Reader;

/** A case's files, as its read model lists them ({@code attachments}); absent when none. */
@ApplicationScoped
public class AttachmentPart implements CasePartSource {

  @Inject Attachments attachments;

  @Override
  public String name() {
    return "attachments";
  }

  @Override
  public CasePart part() {
    return CasePart.ATTACHMENTS;
  }

  @Override
  public List<AttachmentSheet> read(Case c, Reader reader, Disclosure disclosure) {
    List<AttachmentSheet> listed = attachments.listed(c, disclosure);
    return listed.isEmpty() ? null : listed;
  }
}
