import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Smoke test of the local run (embedded H2), run by "./shouhu test" against a server started the
 * way "./shouhu run" starts it, so that the local configuration cannot rot unnoticed. Plain Java,
 * no dependencies: java LocalRunSmoke.java SERVER_URL PROVIDER_URL MANAGEMENT_URL
 */
public class LocalRunSmoke {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private static final List<String> FAILURES = new ArrayList<>();
  private static int passed;

  public static void main(String[] args) throws Exception {
    String server = args[0];
    String provider = args[1];
    String management = args[2];
    String api = server + "/shouhu/api/v1";

    String director = token(provider, "director-a");
    HttpResponse<String> tree = get(api + "/jurisdictions", director);
    check("director-a reads the tree", tree.statusCode() == 200, tree);
    check(
        "the tree holds her community, in Chinese",
        tree.body().contains("\"210203001001\"") && tree.body().contains("长江路社区"),
        tree);

    HttpResponse<String> anonymous = get(api + "/jurisdictions", null);
    check("no token is 401", anonymous.statusCode() == 401, anonymous);
    check(
        "401 asks for a bearer token and does not redirect",
        anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer")
            && anonymous.headers().firstValue("Location").isEmpty(),
        anonymous);
    check(
        "401 is problem+json",
        anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
        anonymous);

    HttpResponse<String> system = get(api + "/system", token(provider, "admin1"));
    check("the local run uses H2", "H2".equals(field(system.body(), "database")), system);
    check(
        "the local run uses EclipseLink",
        "EclipseLink".equals(field(system.body(), "jpaProvider")),
        system);

    HttpResponse<String> forbidden = get(api + "/system", director);
    check("a director may not read system information", forbidden.statusCode() == 403, forbidden);

    HttpResponse<String> ready = get(management + "/health/ready", null);
    check("the server is ready", ready.statusCode() == 200, ready);

    System.out.println();
    FAILURES.forEach(failure -> System.out.println("FAILED: " + failure));
    System.out.println("LocalRunSmoke: " + passed + " passed, " + FAILURES.size() + " failed");
    System.exit(FAILURES.isEmpty() ? 0 : 1);
  }

  private static void check(String what, boolean ok, HttpResponse<String> response) {
    if (ok) {
      passed++;
      System.out.println("ok   " + what);
    } else {
      FAILURES.add(what + " (HTTP " + response.statusCode() + ": " + response.body() + ")");
      System.out.println("FAIL " + what);
    }
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  private static String token(String provider, String user) throws Exception {
    String form =
        "grant_type=password&client_id=shouhu-cli&password=demo&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(provider + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String token = field(response.body(), "access_token");
    if (token == null) {
      throw new IllegalStateException("no token for " + user + ": " + response.body());
    }
    return token;
  }

  private static HttpResponse<String> get(String url, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
