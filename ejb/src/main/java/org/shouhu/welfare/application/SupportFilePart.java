package org.shouhu.welfare.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.shouhu.casework.application.CasePartSource;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CasePart;
import org.shouhu.casework.domain.Disclosure;
import org.shouhu.casework.domain.Reader;
import org.shouhu.welfare.domain.SupportFileRepository;

/** An orphan-support case's support file, as its read model shows it ({@code supportFile}). */
@ApplicationScoped
public class SupportFilePart implements CasePartSource {

  @Inject SupportFileRepository files;

  @Override
  public String name() {
    return "supportFile";
  }

  @Override
  public CasePart part() {
    return CasePart.SUPPORT_FILE;
  }

  @Override
  public SupportFileSheet read(Case c, Reader reader, Disclosure disclosure) {
    return files.ofCase(c.id()).map(SupportFileSheet::of).orElse(null);
  }
}
