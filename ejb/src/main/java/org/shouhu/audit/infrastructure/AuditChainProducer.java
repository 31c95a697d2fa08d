package org.shouhu.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.shouhu.audit.domain.AuditChain;
import org.shouhu.shared.infrastructure.Keys;

/** The chain with its key from configuration ({@code SHOUHU_AUDIT_KEY}). */
@ApplicationScoped
public class AuditChainProducer {

  /** Dependent: a final class cannot be proxied, and the chain holds no state but its key. */
  @Produces
  AuditChain chain() {
    return new AuditChain(text -> Keys.audit().of(text));
  }
}
