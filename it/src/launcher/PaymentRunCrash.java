package org.shouhu.launcher;

import static org.shouhu.launcher.Rest.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The payment run's crash test, run by "./shouhu test" on MariaDB with a server the launcher kills
 * mid-run (a Byteman rule halts the JVM inside a chunk's transaction, as a power cut would) and then
 * starts again. Two steps, one per server:
 *
 * <ul>
 *   <li>{@code start SERVER PROVIDER FILES EXPECTED}: a standard and FILES confirmed support files
 *       (their case numbers and amounts written to EXPECTED), then May 2025's run — during which the
 *       server dies;
 *   <li>{@code check SERVER PROVIDER EXPECTED}: on the restarted server the run, resumed at
 *       start-up, ends DONE having paid each file exactly once, its amount, the run's count and total
 *       those of the files; the month cannot be paid again.
 * </ul>
 */
public class PaymentRunCrash {

  static final String MONTH = "2025-05";
  static final String STANDARD = "1200.00";

  /** A name holds no digits: the files' numbers in Chinese. */
  static final String DIGITS = "零一二三四五六七八九";

  public static void main(String[] args) throws Exception {
    String api = args[1] + "/shouhu/api/v1";
    String provider = args[2];
    if (args[0].equals("start")) {
      start(api, provider, Integer.parseInt(args[3]), Path.of(args[4]));
    } else {
      resumed(api, provider, Path.of(args[3]));
    }
    System.exit(summary("PaymentRunCrash " + args[0]));
  }

  /** The files, then the run: its answer may never come, the server dying as it starts. */
  static void start(String api, String provider, int files, Path expected) throws Exception {
    String director = token(provider, "director-a");
    String supervisor = token(provider, "supervisor-a");
    String caseworker = token(provider, "caseworker1");
    HttpResponse<String> standard =
        post(
            api + "/allowance-standards",
            token(provider, "admin1"),
            "{\"category\": \"ORPHAN_SCATTERED\", \"monthly\": \"" + STANDARD + "\","
                + " \"from\": \"2025-01\"}",
            null);
    check("a standard for scattered orphans from January 2025", standard.statusCode() == 201, standard);
    List<String> lines = new ArrayList<>();
    int confirmed = 0;
    for (int i = 0; i < files; i++) {
      String otherBenefit = i % 2 == 0 ? "0.00" : "150.25";
      HttpResponse<String> intake =
          post(
              api + "/intakes",
              director,
              "{\"channel\": \"WALK_IN\", \"kind\": \"ORPHAN_SUPPORT\", \"receivedAt\":"
                  + " \"2025-03-01T09:00:00+08:00\", \"jurisdiction\": \"210203001001\","
                  + " \"category\": \"OTHER\", \"summary\": \"crash test " + i + "\","
                  + " \"subject\": {\"name\": \"崩溃测试孤儿" + DIGITS.charAt(i / 10)
                  + DIGITS.charAt(i % 10) + "\", \"sex\": \""
                  + (i % 2 == 0 ? "F" : "M") + "\", \"birthDate\": \"2012-05-05\"}}",
              null);
      String id = field(intake.body(), "id");
      String caseNumber = field(intake.body(), "caseNumber");
      HttpResponse<String> applied =
          post(
              api + "/cases/" + id + "/support-file",
              director,
              "{\"category\": \"ORPHAN\", \"grounds\": {\"father\": {\"situation\": \"DEAD\"},"
                  + " \"mother\": {\"situation\": \"DEAD\"}}, \"placement\": \"KINSHIP\","
                  + " \"payee\": {\"kind\": \"GUARDIAN\", \"name\": \"崩溃测试监护人\","
                  + " \"bankAccount\": \"62220000000" + (10000 + i) + "\"},"
                  + " \"otherBenefitMonthly\": \"" + otherBenefit + "\","
                  + " \"appliedAt\": \"2025-03-02T10:00:00+08:00\"}",
              null);
      HttpResponse<String> verified =
          post(
              api + "/cases/" + id + "/support-file/verification",
              supervisor,
              "{\"decision\": \"VERIFIED\", \"at\": \"2025-03-10T10:00:00+08:00\"}",
              null);
      HttpResponse<String> confirmation =
          post(
              api + "/cases/" + id + "/support-file/confirmation",
              caseworker,
              "{\"decision\": \"CONFIRMED\", \"at\": \"2025-03-20T10:00:00+08:00\"}",
              null);
      if (intake.statusCode() == 201
          && applied.statusCode() == 201
          && verified.statusCode() == 200
          && "2025-04".equals(field(confirmation.body(), "supportFrom"))) {
        confirmed++;
        lines.add(caseNumber + " " + new BigDecimal(STANDARD).subtract(new BigDecimal(otherBenefit)));
      } else {
        for (HttpResponse<String> step : List.of(intake, applied, verified, confirmation)) {
          check("file " + i + ": " + step.request().uri().getPath(), step.statusCode() < 300, step);
        }
      }
    }
    Files.write(expected, lines);
    check(files + " support files confirmed, paid from April 2025", confirmed == files, standard);
    try {
      HttpResponse<String> run =
          post(api + "/payment-runs", caseworker, "{\"month\": \"" + MONTH + "\"}", null);
      check("May's run is started", run.statusCode() == 202, run);
    } catch (IOException e) {
      System.out.println("ok   the server died before it answered the start of May's run: " + e);
    }
  }

  /** The run once the restarted server has resumed and finished it. */
  static void resumed(String api, String provider, Path expected) throws Exception {
    String caseworker = token(provider, "caseworker1");
    Map<String, String> amounts = new HashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (String line : Files.readAllLines(expected)) {
      String[] parts = line.split(" ");
      amounts.put(parts[0], parts[1]);
      total = total.add(new BigDecimal(parts[1]));
    }
    HttpResponse<String> list = get(api + "/payment-runs", caseworker);
    Matcher m =
        Pattern.compile("\"id\":\"([^\"]+)\"[^}]*\"month\":\"" + MONTH + "\"").matcher(list.body());
    check("May's run is listed after the restart", m.find(), list);
    String id = m.group(1);
    HttpResponse<String> run = get(api + "/payment-runs/" + id, caseworker);
    for (int i = 0; i < 1200 && "RUNNING".equals(field(run.body(), "status")); i++) {
      Thread.sleep(100);
      run = get(api + "/payment-runs/" + id, caseworker);
    }
    check("the run resumed after the crash ends DONE", "DONE".equals(field(run.body(), "status")), run);
    check(
        "its count and total are the files' (" + amounts.size() + ", " + total + ")",
        number(run.body(), "count") == amounts.size() && total.toPlainString().equals(field(run.body(), "total")),
        run);
    Map<String, Integer> paid = new HashMap<>();
    boolean amountsRight = true;
    String items = run.body().substring(Math.max(0, run.body().indexOf("\"items\"")));
    Matcher item = Pattern.compile("\\{[^{}]*\\}").matcher(items);
    while (item.find()) {
      String caseNumber = field(item.group(), "caseNumber");
      paid.merge(caseNumber, 1, Integer::sum);
      amountsRight &= field(item.group(), "amount").equals(amounts.get(caseNumber));
    }
    check(
        "each file is paid exactly once, nothing else is paid",
        paid.keySet().equals(amounts.keySet()) && paid.values().stream().allMatch(n -> n == 1),
        run);
    check("each file is paid the standard less its other benefits", amountsRight, run);
    HttpResponse<String> again =
        post(api + "/payment-runs", caseworker, "{\"month\": \"" + MONTH + "\"}", null);
    check("May cannot be paid again", again.statusCode() == 409, again);
  }
}
