package org.shouhu.shared.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shouhu.shared.application.AccessRefused;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.domain.AccessDeniedException;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.shared.domain.DomainException;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.NotFoundException;
import org.shouhu.shared.domain.PayloadTooLargeException;
import org.shouhu.shared.domain.RateLimitedException;
import org.shouhu.shared.domain.UnavailableException;
import org.shouhu.shared.domain.UnsupportedTypeException;
import org.shouhu.shared.web.BodyLimitFilter;

/**
 * The one place where failures become answers: every exception turns into {@code
 * application/problem+json} in the caller's language, with no stack trace, SQL or class name.
 * Unexpected failures are logged in full on the server and answered 500 with a neutral text.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  /** Exceptions of JSON parsers and binders, known by name so as not to depend on them. */
  private static final Set<String> JSON_FAILURES =
      Set.of(
          "jakarta.json.bind.JsonbException",
          "jakarta.json.JsonException",
          "jakarta.json.stream.JsonParsingException",
          "com.fasterxml.jackson.core.JsonProcessingException");

  @Context HttpHeaders headers;
  @Context UriInfo uri;
  @Inject Event<AccessRefused> refusals;
  @Inject CurrentUser user;
  @Inject @Any Instance<RecordPaths> recordPaths;
  @Context Request request;

  @Override
  public Response toResponse(Throwable failure) {
    Throwable cause = unwrap(failure);
    if (causedBy(cause, BodyLimitFilter.TooLarge.class)) {
      return problem(413, "error.payloadTooLarge");
    }
    if (cause instanceof MalformedBodyException malformed) {
      try {
        target().ifPresent(found -> found.paths().requireVisible(found.target()));
      } catch (NotFoundException notFound) { // the record first: 404 before 400
        return problem(404, notFound.messageKey(), notFound.arguments());
      }
      return invalid(malformed);
    }
    if (cause instanceof InvalidInputException invalid) {
      return invalid(invalid);
    }
    if (cause instanceof EJBAccessException) { // a use case's own @RolesAllowed
      logRoleRefusal();
      return problem(403, "error.forbidden");
    }
    if (cause instanceof NotFoundException notFound) {
      return problem(404, notFound.messageKey(), notFound.arguments());
    }
    if (cause instanceof AccessDeniedException denied) {
      return problem(403, denied.messageKey(), denied.arguments());
    }
    if (cause instanceof RateLimitedException limited) {
      return Response.fromResponse(problem(429, limited.messageKey(), limited.arguments()))
          .header("Retry-After", Math.max(1, limited.retryAfter().toSeconds()))
          .build();
    }
    if (cause instanceof PayloadTooLargeException tooLarge) {
      return problem(413, tooLarge.messageKey(), tooLarge.arguments());
    }
    if (cause instanceof UnavailableException unavailable) {
      return problem(503, unavailable.messageKey(), unavailable.arguments());
    }
    if (cause instanceof UnsupportedTypeException unsupported) {
      return problem(415, unsupported.messageKey(), unsupported.arguments());
    }
    if (cause instanceof ConflictException conflict) {
      return problem(409, conflict.messageKey(), conflict.arguments());
    }
    if (isOptimisticLockFailure(cause)) {
      return problem(409, "case.version.concurrent");
    }
    if (cause instanceof UnavailableException unavailable) {
      return problem(503, unavailable.messageKey(), unavailable.arguments());
    }
    if (cause instanceof DomainException rule) {
      return problem(422, rule.messageKey(), rule.arguments());
    }
    if (cause instanceof NotAuthorizedException) {
      return Response.fromResponse(problem(401, "error.unauthorized"))
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
          .build();
    }
    if (cause instanceof ForbiddenException) {
      logRoleRefusal();
      return problem(403, "error.forbidden");
    }
    if (cause instanceof jakarta.ws.rs.NotFoundException) {
      return problem(404, "error.notFoundPath");
    }
    if (cause instanceof NotAllowedException notAllowed) {
      return Response.fromResponse(problem(405, "error.methodNotAllowed"))
          .allow(notAllowed.getResponse().getAllowedMethods())
          .build();
    }
    if (cause instanceof NotAcceptableException) {
      return problem(406, "error.notAcceptable");
    }
    if (cause instanceof NotSupportedException) {
      return problem(415, "error.unsupportedMediaType");
    }
    if (isJsonFailure(cause)) {
      return problem(400, "error.malformedJson");
    }
    if (cause instanceof ClientErrorException clientError) {
      int status = clientError.getResponse().getStatus();
      return problem(status, status == 413 ? "error.payloadTooLarge" : "error.malformedJson");
    }
    if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      return problem(web.getResponse().getStatus(), "error.malformedJson");
    }
    LOG.log(Level.SEVERE, "Unexpected failure answered with 500", failure);
    return problem(500, "error.internal");
  }

  private Response invalid(InvalidInputException invalid) {
    Locale locale = Messages.choose(headers.getAcceptableLanguages());
    int status = invalid.malformed() ? 400 : 422;
    List<Problem.Violation> violations =
        invalid.errors().stream()
            .map(
                e ->
                    new Problem.Violation(
                        e.field(), Messages.get(locale, e.messageKey(), e.arguments().toArray())))
            .toList();
    Problem base =
        invalid.malformed()
            ? Problem.of(locale, 400, "error.malformedJson")
            : Problem.of(locale, 422, "error.invalid", violations.size());
    Problem body =
        new Problem(
            base.type(),
            base.title(),
            status,
            base.detail(),
            violations.isEmpty() ? null : violations);
    return Response.status(status).type(Problem.MEDIA_TYPE).language(locale).entity(body).build();
  }

  /**
   * A role refused before any use case ran (the REST layer's or a use case's
   * {@code @RolesAllowed}): logged like the use cases' own refusals, naming the record and the
   * action its context finds in the path, never the request's content.
   */
  private void logRoleRefusal() {
    if (user.isAuthenticated()) {
      target()
          .ifPresent(
              found ->
                  refusals.fire(
                      new AccessRefused(
                          found.target().action(), found.target().record(), "FORBIDDEN")));
    }
  }

  /** The record and action the request's path names, with the context that knows them. */
  private Optional<Found> target() {
    for (RecordPaths paths : recordPaths) {
      Optional<RecordPaths.Target> target = paths.target(uri, request.getMethod());
      if (target.isPresent()) {
        return Optional.of(new Found(paths, target.get()));
      }
    }
    return Optional.empty();
  }

  /** A target and the context that found it. */
  private record Found(RecordPaths paths, RecordPaths.Target target) {}

  /** A concurrent change caught at commit (JPA's or EclipseLink's optimistic-lock exception). */
  private static boolean isOptimisticLockFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
        return true;
      }
    }
    return false;
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** Strips the EJB container's wrapping so that the real cause decides the answer. */
  private static Throwable unwrap(Throwable failure) {
    Throwable current = failure;
    while ((current instanceof EJBException
            || current.getClass().getName().equals("jakarta.transaction.RollbackException"))
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  private static boolean isJsonFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
        if (JSON_FAILURES.contains(c.getName())) {
          return true;
        }
      }
    }
    return false;
  }

  private Response problem(int status, String messageKey, Object... arguments) {
    Locale locale = Messages.choose(headers.getAcceptableLanguages());
    Problem body = Problem.of(locale, status, messageKey, arguments);
    return Response.status(status).type(Problem.MEDIA_TYPE).language(locale).entity(body).build();
  }
}
