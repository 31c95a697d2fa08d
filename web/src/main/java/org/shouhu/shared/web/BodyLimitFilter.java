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
import java.nio.charset.StandardCharsets;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.rest.JsonBinding;
import org.shouhu.shared.rest.Problem;

/**
 * Refuses API request bodies above 256 KiB with 413 problem+json (API.md): at once when the
 * declared length is larger, and while reading when a chunked body grows past the limit.
 */
@WebFilter(urlPatterns = "/api/*")
public class BodyLimitFilter extends HttpFilter {

  public static final long LIMIT = 256 * 1024;

  /** Thrown while reading a body that outgrew the limit; answered 413. */
  public static class TooLarge extends IOException {
    TooLarge() {
      super("request body larger than " + LIMIT + " bytes");
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getContentLengthLong() > LIMIT) {
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
    chain.doFilter(new Limited(request), response);
  }

  /** Counts the bytes read and stops at the limit. */
  private static final class Limited extends HttpServletRequestWrapper {
    private ServletInputStream stream;

    Limited(HttpServletRequest request) {
      super(request);
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
                if (b >= 0 && ++count > LIMIT) {
                  throw new TooLarge();
                }
                return b;
              }

              @Override
              public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0 && (count += n) > LIMIT) {
                  throw new TooLarge();
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
