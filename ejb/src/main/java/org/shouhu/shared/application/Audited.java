package org.shouhu.shared.application;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a use case whose refusals the access log must keep (DOMAIN.md §4): when it ends in a 404
 * (not found or out of scope), a 403 or a 429, {@link RefusalLogging} publishes an {@link
 * AccessRefused} naming {@link #value() the action} and the record of the parameter marked {@link
 * RecordId} — whichever adapter (REST, page) called it. Put it on the entry points that adapters
 * call, not on what those call in turn.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {

  /** The action as the access log names it, e.g. {@code TRANSITION}. */
  @Nonbinding
  String value() default "";

  /** The parameter that holds the id of the record acted on (a case id). */
  @Target(ElementType.PARAMETER)
  @Retention(RetentionPolicy.RUNTIME)
  @interface RecordId {}
}
