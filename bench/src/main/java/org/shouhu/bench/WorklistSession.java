package org.shouhu.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One supervisor in a browser, without the browser: signed in through Keycloak's login form (the
 * authorization-code flow of the web client, cookies and all), then loading the worklist page and
 * filtering it with the same PrimeFaces AJAX request the status menu sends.
 */
final class WorklistSession {

  private final String page;
  private final HttpClient http;
  private String viewState;
  private String nonce;

  WorklistSession(String shouhu, String user, String password)
      throws IOException, InterruptedException {
    this.page = shouhu + "/cases.xhtml";
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieJar())
            .followRedirects(HttpClient.Redirect.ALWAYS)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpResponse<String> login = get(page);
    Document form = Jsoup.parse(login.body(), login.uri().toString());
    Element loginForm = form.selectFirst("form#kc-form-login");
    if (loginForm == null) {
      throw new IOException("no Keycloak login form at " + login.uri());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("username", user);
    fields.put("password", password);
    fields.put("credentialId", "");
    HttpResponse<String> signedIn =
        http.send(
            HttpRequest.newBuilder(URI.create(loginForm.absUrl("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Api.form(fields)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    checkWorklist(signedIn);
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The first page of the worklist, as a new visit to it. */
  void firstPage() throws IOException, InterruptedException {
    checkWorklist(get(page));
  }

  private void checkWorklist(HttpResponse<String> response) throws IOException {
    if (response.statusCode() != 200 || !response.uri().getPath().endsWith("/cases.xhtml")) {
      throw new IOException("worklist answered " + response.statusCode() + " at " + response.uri());
    }
    Document document = Jsoup.parse(response.body());
    Element state = document.selectFirst("input[name=jakarta.faces.ViewState]");
    if (state == null || document.getElementById("wl-table") == null) {
      throw new IOException("the worklist page has no table");
    }
    viewState = state.val();
    Element script = document.selectFirst("script[nonce]"); // PrimeFaces' CSP nonce of the page
    nonce = script == null ? null : script.attr("nonce");
  }

  /** The status filter set to {@code status} (an AJAX request on the page loaded last). */
  void filter(String status) throws IOException, InterruptedException {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", "wl-status");
    fields.put("jakarta.faces.partial.execute", "wl-status");
    fields.put("jakarta.faces.partial.render", "wl-table wl-overdue-count");
    fields.put("jakarta.faces.behavior.event", "change");
    fields.put("jakarta.faces.partial.event", "change");
    fields.put("worklist", "worklist");
    fields.put("wl-status_input", status);
    fields.put("jakarta.faces.ViewState", viewState);
    if (nonce != null) {
      fields.put("primefaces.nonce", nonce); // as PrimeFaces' csp.js adds it to every request
    }
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(page))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(Api.form(fields)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String body = response.body();
    int error = body.indexOf("<error>");
    if (response.statusCode() != 200
        || !body.contains("<partial-response")
        || error >= 0
        || !body.contains("id=\"wl-table\"")) {
      int from = Math.max(0, error);
      throw new IOException(
          "the filter answered "
              + response.statusCode()
              + ": "
              + body.substring(from, Math.min(from + 600, body.length())));
    }
  }
}
