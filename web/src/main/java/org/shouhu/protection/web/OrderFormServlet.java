package org.shouhu.protection.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.protection.application.ProtectionOrders;
import org.shouhu.shared.domain.DomainException;
import org.shouhu.shared.domain.UnavailableException;
import org.shouhu.shared.web.ContentDisposition;

/**
 * The printed application of a protection order for the pages ({@code
 * /orders/{case}/{order}/application.pdf}), under the signed-in session: the same use case as the
 * REST API, so the same readers and the same access log.
 */
@WebServlet("/orders/*")
public class OrderFormServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ProtectionOrders orders;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String[] parts =
        request.getPathInfo() == null
            ? new String[0]
            : request.getPathInfo().substring(1).split("/");
    if (parts.length != 3 || !parts[2].equals("application.pdf")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    try {
      byte[] pdf = orders.applicationForm(CaseId.of(parts[0]), parts[1]);
      response.setContentType("application/pdf");
      response.setHeader("Content-Disposition", ContentDisposition.inline("人身安全保护令申请书.pdf"));
      response.getOutputStream().write(pdf);
    } catch (UnavailableException e) {
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    } catch (DomainException | EJBAccessException e) { // not there, or not hers: alike
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
