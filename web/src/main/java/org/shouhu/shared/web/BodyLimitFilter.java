package org.shouhu.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.rest.JsonBinding;
import org.shouhu.shared.rest.Problem;

/**
 * Refuses API request bodies above 256 KiB with 413 problem+json (API.md): at once when the
 * declared length is larger, and while reading when a chunked body grows past the limit. Uploads of
 * case files ({@code POST …/cases/{id}/attachments}) have their own limit: 10 MiB of file, and the
 * form around it.
 */
@WebFilter(urlPatterns = "/api/*")
public class BodyLimitFilter extends HttpFilter {

  public static final long LIMIT = 256 * 1024;

  /** An upload of a case file: the file (10 MiB) and the rest of the form around it. */
  public static final long UPLOAD_LIMIT = 10L * 1024 * 1024 + 256 * 1024;

  /** The server's own limit of any body (max-post-size in config/wildfly/shouhu.cli). */
  static final long BACKSTOP = 16L * 1024 * 1024;

  private static final Pattern UPLOAD = Pattern.compile("/v1/cases/[^/]+/attachments/?");

  /** Thrown while reading a body that outgrew the limit; answered 413. */
  public static class TooLarge extends IOException {
    TooLarge(long limit) {
      super("request body larger than " + limit + " bytes");
    }
  }

  /** The limit of this request's body. */
  static long limitOf(HttpServletRequest request) {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    return "POST".equals(request.getMethod()) && UPLOAD.matcher(path).matches()
        ? UPLOAD_LIMIT
        : LIMIT;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long limit = limitOf(request);
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      if (declared <= BACKSTOP) {
        // read what the client is sending anyway, so that it gets the answer, not a reset
        request.getInputStream().transferTo(OutputStream.nullOutputStream());
      }
      var locale = Messages.fromHeader(request.getHeader("Accept-Language"));
      response.setStatus(413);
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setHeader("Connection", "close");
      response
          .getWriter()
          .write(JsonBinding.json().toJson(Problem.of(locale, 413, "error.payloadTooLarge")));
      return;
    }
    chain.doFilter(new Limited(request, limit), response);
  }

  /** Counts the bytes read and stops at the limit. */
  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream =
            new ServletInputStream() {
              private long count;

              @Override
              public int read() throws IOException {
                int b = in.read();
                if (b >= 0 && ++count > limit) {
                  throw new TooLarge(limit);
                }
                return b;
              }

              @Override
              public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0 && (count += n) > limit) {
                  throw new TooLarge(limit);
                }
                return n;
              }

              @Override
              public boolean isFinished() {
                return in.isFinished();
              }

              @Override
              public boolean isReady() {
                return in.isReady();
              }

              @Override
              public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
              }
            };
      }
      return stream;
    }
  }
}
