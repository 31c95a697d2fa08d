package org.shouhu.bench;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A browser's cookie jar for one session over plain HTTP on the loopback address. The JDK's {@code
 * CookieManager} withholds cookies marked {@code Secure} from {@code http:} addresses, which is
 * right on the internet and wrong here: Keycloak marks its login-session cookies {@code Secure} and
 * a browser treats 127.0.0.1 as a secure context.
 */
final class CookieJar extends CookieHandler {

  private final Map<String, String> cookies = new ConcurrentHashMap<>(); // "host name" -> value

  @Override
  public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
    String prefix = uri.getHost() + " ";
    String header =
        cookies.entrySet().stream()
            .filter(e -> e.getKey().startsWith(prefix))
            .map(e -> e.getKey().substring(prefix.length()) + "=" + e.getValue())
            .collect(Collectors.joining("; "));
    return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
  }

  @Override
  public void put(URI uri, Map<String, List<String>> responseHeaders) {
    for (Map.Entry<String, List<String>> header : responseHeaders.entrySet()) {
      if (header.getKey() == null || !header.getKey().equalsIgnoreCase("Set-Cookie")) {
        continue;
      }
      for (String value : header.getValue()) {
        for (HttpCookie cookie : HttpCookie.parse(value)) {
          String key = uri.getHost() + " " + cookie.getName();
          if (cookie.getMaxAge() == 0) {
            cookies.remove(key);
          } else {
            cookies.put(key, cookie.getValue());
          }
        }
      }
    }
  }
}
