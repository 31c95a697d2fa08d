package org.shouhu.hotline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.shouhu.casework.application.CasePartSource;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CasePart;
import org.shouhu.casework.domain.Disclosure;
import org.shouhu.casework.domain.Reader;
import org.shouhu.hotline.domain.Call;
import org.shouhu.hotline.domain.CallRepository;

/** The call a case was made from, as the case shows it: {@code "call": "RX-…"}. */
@ApplicationScoped
public class CallPart implements CasePartSource {

  @Inject CallRepository calls;

  @Override
  public String name() {
    return "call";
  }

  @Override
  public CasePart part() {
    return CasePart.HOTLINE_CALL;
  }

  @Override
  public String read(Case c, Reader reader, Disclosure disclosure) {
    return calls.ofCase(c.id()).map(Call::callNumber).map(n -> n.value()).orElse(null);
  }
}
