package org.shouhu.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.rest.JsonBinding;
import org.shouhu.shared.rest.Problem;

/**
 * Error page for what the container answers before the application runs (401 from the bearer check,
 * 403, 404, 405 outside JAX-RS): the same problem+json body as every other error, in the caller's
 * language. Headers the container set (such as {@code WWW-Authenticate}) stay.
 */
@WebServlet("/container-problem")
public class ContainerProblemServlet extends HttpServlet {

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer value ? value : HttpServletResponse.SC_NOT_FOUND;
    Locale locale = Messages.fromHeader(request.getHeader("Accept-Language"));
    String detailKey =
        switch (status) {
          case 401 -> "error.unauthorized";
          case 403 -> "error.forbidden";
          case 405 -> "error.methodNotAllowed";
          case 413 -> "error.payloadTooLarge";
          case 415 -> "error.unsupportedMediaType";
          default -> status >= 500 ? "error.internal" : "error.notFoundPath";
        };
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setLocale(locale);
    response.getWriter().write(JsonBinding.json().toJson(Problem.of(locale, status, detailKey)));
  }
}
