package org.shouhu.casework.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.shouhu.casework.application.Attachments;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.shared.domain.DomainException;
import org.shouhu.shared.web.ContentDisposition;

/**
 * Case files for the pages, under the signed-in session ({@code /attachments/{case}/{file}} to
 * download, {@code …/thumbnail} for an image's preview): through the same use case as the REST API,
 * so the same readers, the same 404s, the same access log. Pages never inline a file's bytes.
 */
@WebServlet("/attachments/*")
public class AttachmentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Attachments attachments;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String[] parts =
        request.getPathInfo() == null
            ? new String[0]
            : request.getPathInfo().substring(1).split("/");
    if (parts.length < 2
        || parts.length > 3
        || (parts.length == 3 && !parts[2].equals("thumbnail"))) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    try {
      if (parts.length == 3) {
        byte[] png = attachments.thumbnail(CaseId.of(parts[0]), parts[1]);
        response.setContentType("image/png");
        response.getOutputStream().write(png);
      } else {
        Attachments.Download file = attachments.download(CaseId.of(parts[0]), parts[1]);
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", ContentDisposition.attachment(file.name()));
        response.getOutputStream().write(file.bytes());
      }
    } catch (DomainException e) { // not there, or not for this reader: alike
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
