package org.shouhu.shared.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.Annotation;
import org.shouhu.shared.domain.AccessDeniedException;
import org.shouhu.shared.domain.Identifier;
import org.shouhu.shared.domain.NotFoundException;
import org.shouhu.shared.domain.RateLimitedException;

/**
 * Publishes every refusal of an {@link Audited} use case as an {@link AccessRefused}, so that a
 * refusal is logged alike whether it came through a page or the REST API.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RefusalLogging {

  @Inject Event<AccessRefused> refusals;

  @AroundInvoke
  Object logRefusals(InvocationContext call) throws Exception {
    try {
      return call.proceed();
    } catch (NotFoundException e) {
      publish(call, "NOT_FOUND");
      throw e;
    } catch (AccessDeniedException e) {
      publish(call, "FORBIDDEN");
      throw e;
    } catch (RateLimitedException e) {
      publish(call, "RATE_LIMITED");
      throw e;
    }
  }

  private void publish(InvocationContext call, String outcome) {
    Audited audited = call.getMethod().getAnnotation(Audited.class);
    if (audited == null) {
      audited = call.getMethod().getDeclaringClass().getAnnotation(Audited.class);
    }
    String action =
        audited == null || audited.value().isEmpty() ? call.getMethod().getName() : audited.value();
    refusals.fire(new AccessRefused(action, recordOf(call), outcome));
  }

  private static String recordOf(InvocationContext call) {
    Annotation[][] annotations = call.getMethod().getParameterAnnotations();
    for (int i = 0; i < annotations.length; i++) {
      for (Annotation a : annotations[i]) {
        if (a instanceof Audited.RecordId) {
          Object id = call.getParameters()[i];
          return id instanceof Identifier identifier
              ? identifier.value()
              : id == null ? null : id.toString();
        }
      }
    }
    return null;
  }
}
