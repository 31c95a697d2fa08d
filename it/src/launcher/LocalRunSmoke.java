package org.shouhu.launcher;

import static org.shouhu.launcher.Rest.*;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * Smoke test of the local run (embedded H2), run by "./shouhu test" against a server started the
 * way "./shouhu run" starts it, so that the local configuration cannot rot unnoticed. Plain Java,
 * no dependencies: LocalRunSmoke SERVER_URL PROVIDER_URL MANAGEMENT_URL
 */
public class LocalRunSmoke {


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

    casesOnH2(api, director, token(provider, "supervisor-a"));
    privacyOnH2(api, director, token(provider, "auditor1"));
    deadlinesOnH2(api, director, token(provider, "admin1"), token(provider, "auditor1"));
    readersOnH2(api, director, token(provider, "director-b"), token(provider, "legalaid1"));
    legalAidAndTransfersOnH2(
        api,
        director,
        token(provider, "director-b"),
        token(provider, "supervisor-a"),
        token(provider, "legalaid1"),
        token(provider, "admin1"));
    sheltersOnH2(api, token(provider, "caseworker1"));
    hotlineOnH2(api, token(provider, "hotline1"), token(provider, "supervisor-a"));
    indicatorsOnH2(api, token(provider, "stats1"), director);
    orphansOnH2(
        api,
        director,
        token(provider, "supervisor-a"),
        token(provider, "caseworker1"),
        token(provider, "admin1"));

    rehabOnH2(api, director, token(provider, "caseworker1"), token(provider, "institution1"));

    System.exit(summary("LocalRunSmoke"));
  }

  /**
   * The hotline on H2: a call log with its gap-free numbers, a repeat caller recognised without her
   * number, a call turned into a case once, the counts by week.
   */
  private static void hotlineOnH2(String api, String operator, String supervisor) throws Exception {
    String phone = "136" + (10_000_000 + (System.nanoTime() % 89_999_999));
    String call =
        "{\"line\": \"12338\", \"startedAt\": \"2026-11-28T09:00:00+08:00\", \"category\":"
            + " \"DOMESTIC_VIOLENCE\", \"outcome\": \"CASE\", \"jurisdiction\": \"210203001001\","
            + " \"caller\": {\"phone\": \"" + phone + "\"}}";
    HttpResponse<String> first = post(api + "/calls", operator, call, null);
    HttpResponse<String> second = post(api + "/calls", operator, call, null);
    check(
        "a call is logged with its number",
        first.statusCode() == 201 && String.valueOf(field(first.body(), "callNumber")).matches("RX-2026-\\d{6}"),
        first);
    check(
        "the same number again is a repeat caller, the number in no answer",
        "true".equals(bool(second.body(), "repeatCaller"))
            && !second.body().contains(phone.substring(3))
            && !get(api + "/calls?size=100", operator).body().contains(phone.substring(3)),
        second);
    String intake =
        "{\"kind\": \"DOMESTIC_VIOLENCE\", \"receivedAt\": \"2026-11-28T09:00:00+08:00\","
            + " \"jurisdiction\": \"210203001001\", \"subject\": {\"name\": \"烟测来电人\", \"sex\": \"F\"}}";
    String toCase = api + "/calls/" + field(first.body(), "id") + "/case";
    HttpResponse<String> aCase = post(toCase, operator, intake, null);
    check(
        "a call becomes a case through its line's channel, linked both ways",
        aCase.statusCode() == 201
            && "HOTLINE_12338".equals(field(aCase.body(), "channel"))
            && String.valueOf(field(first.body(), "callNumber")).equals(field(aCase.body(), "call")),
        aCase);
    HttpResponse<String> again = post(toCase, operator, intake, null);
    check("a call becomes one case at most", again.statusCode() == 409, again);
    HttpResponse<String> counted =
        get(api + "/call-statistics?from=2026-11-23&to=2026-11-29", supervisor);
    check(
        "the street's supervisor reads the calls counted by week",
        counted.statusCode() == 200 && number(counted.body(), "total") >= 2,
        counted);
  }

  /** The indicators' SQL runs on H2 too, and no published cell is a count from 1 to 4. */
  private static void indicatorsOnH2(String api, String statistician, String director)
      throws Exception {
    HttpResponse<String> year = get(api + "/indicators?year=2026", statistician);
    check(
        "the statistician reads the year's indicators, no published count from 1 to 4",
        year.statusCode() == 200
            && year.body().contains("CP_REPORTS")
            && !Pattern.compile("\"(value|total)\":\"[1-4]\"").matcher(year.body()).find(),
        year);
    HttpResponse<String> street = get(api + "/indicators?year=2026&street=210203001", statistician);
    check("and one street's", street.statusCode() == 200, street);
    HttpResponse<String> refused = get(api + "/indicators?year=2026", director);
    check("a director may not read the indicators", refused.statusCode() == 403, refused);
    HttpResponse<String> pdf = get(api + "/indicators/report?year=2026&format=pdf", statistician);
    check(
        "the annual report prints as a PDF (CJK font, charts)",
        pdf.statusCode() == 200 && pdf.body().startsWith("%PDF-"),
        pdf);
    HttpResponse<String> xlsx =
        get(api + "/indicators/report?year=2026&format=xlsx&lang=en", statistician);
    check(
        "and as a workbook",
        xlsx.statusCode() == 200 && xlsx.body().startsWith("PK"),
        xlsx);
  }

  /**
   * An orphan's support file, a standard and the month's payment run on H2 (Jakarta Batch with
   * its jobs in memory): applied, verified, confirmed, paid once, the bank file written.
   */
  private static void orphansOnH2(
      String api, String director, String supervisor, String caseworker, String admin)
      throws Exception {
    String body =
        "{\"channel\": \"WALK_IN\", \"kind\": \"ORPHAN_SUPPORT\", \"receivedAt\":"
            + " \"2026-01-05T09:00:00+08:00\", \"jurisdiction\": \"210203001001\", \"category\":"
            + " \"OTHER\", \"summary\": \"smoke orphan\", \"subject\": {\"name\": \"烟测孤儿\","
            + " \"sex\": \"M\", \"birthDate\": \"2014-08-08\"}}";
    String id = field(post(api + "/intakes", director, body, null).body(), "id");
    HttpResponse<String> applied =
        post(
            api + "/cases/" + id + "/support-file",
            director,
            "{\"category\": \"ORPHAN\", \"grounds\": {\"father\": {\"situation\": \"DEAD\"},"
                + " \"mother\": {\"situation\": \"MISSING\"}}, \"placement\": \"KINSHIP\","
                + " \"payee\": {\"kind\": \"GUARDIAN\", \"name\": \"烟测监护人\", \"bankAccount\":"
                + " \"6222000000001234\"}, \"appliedAt\": \"2026-01-06T10:00:00+08:00\"}",
            null);
    HttpResponse<String> verified =
        post(
            api + "/cases/" + id + "/support-file/verification",
            supervisor,
            "{\"decision\": \"VERIFIED\", \"at\": \"2026-01-10T10:00:00+08:00\"}",
            null);
    HttpResponse<String> confirmed =
        post(
            api + "/cases/" + id + "/support-file/confirmation",
            caseworker,
            "{\"decision\": \"CONFIRMED\", \"at\": \"2026-01-20T10:00:00+08:00\"}",
            null);
    check(
        "an orphan's support file is applied, verified and confirmed: paid from February",
        applied.statusCode() == 201
            && verified.statusCode() == 200
            && "2026-02".equals(field(confirmed.body(), "supportFrom")),
        confirmed);
    HttpResponse<String> standard =
        post(
            api + "/allowance-standards",
            admin,
            "{\"category\": \"ORPHAN_SCATTERED\", \"monthly\": \"1439.90\", \"from\": \"2026-01\"}",
            null);
    check("the admin adds an allowance standard", standard.statusCode() == 201, standard);
    HttpResponse<String> started =
        post(api + "/payment-runs", caseworker, "{\"month\": \"2026-02\"}", null);
    String run = field(started.body(), "id");
    HttpResponse<String> read = get(api + "/payment-runs/" + run, caseworker);
    for (int i = 0; i < 300 && "RUNNING".equals(field(read.body(), "status")); i++) {
      Thread.sleep(100);
      read = get(api + "/payment-runs/" + run, caseworker);
    }
    check(
        "February's payment run (Jakarta Batch) pays the file its standard",
        started.statusCode() == 202
            && "DONE".equals(field(read.body(), "status"))
            && "1439.90".equals(field(read.body(), "total")),
        read);
    HttpResponse<String> again =
        post(api + "/payment-runs", caseworker, "{\"month\": \"2026-02\"}", null);
    check("a month is paid once", again.statusCode() == 409, again);
    HttpResponse<String> bank = get(api + "/payment-runs/" + run + "/bank-file", caseworker);
    check("the bank file is a workbook", bank.statusCode() == 200 && bank.body().startsWith("PK"), bank);
  }

  /**
   * A rehabilitation grant at the local run's demo institution, and ten claims at once on H2: the
   * grant's row lock keeps them under the month's cap as on MariaDB.
   */
  private static void rehabOnH2(String api, String director, String caseworker, String officer)
      throws Exception {
    String body =
        "{\"channel\": \"WALK_IN\", \"kind\": \"DISABLED_CHILD_REHAB\", \"receivedAt\":"
            + " \"2026-01-05T09:00:00+08:00\", \"jurisdiction\": \"210203001001\", \"category\":"
            + " \"OTHER\", \"summary\": \"smoke rehab\", \"subject\": {\"name\": \"烟测康复儿童\","
            + " \"sex\": \"F\", \"birthDate\": \"2021-08-08\"}}";
    String id = field(post(api + "/intakes", director, body, null).body(), "id");
    HttpResponse<String> grant =
        post(
            api + "/cases/" + id + "/rehab-grants",
            caseworker,
            "{\"disability\": \"HEARING\", \"item\": \"TRAINING\", \"institution\":"
                + " \"demo-rehab-1\", \"from\": \"2026-01\", \"to\": \"2026-06\","
                + " \"approvedAt\": \"2026-01-06T10:00:00+08:00\"}",
            null);
    check(
        "a training grant at the demo institution, capped at 2,000.00 a month",
        grant.statusCode() == 201 && "2000.00".equals(field(grant.body(), "cap")),
        grant);
    String claims = api + "/cases/" + id + "/rehab-grants/" + field(grant.body(), "id") + "/claims";
    List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      calls.add(
          () ->
              post(
                  claims,
                  caseworker,
                  "{\"month\": \"2026-02\", \"amount\": \"300.00\", \"outOfPocket\":"
                      + " \"300.00\", \"sessions\": 4}",
                  null));
    }
    List<HttpResponse<String>> answers = concurrently(calls);
    long accepted = answers.stream().filter(r -> r.statusCode() == 201).count();
    long refused = answers.stream().filter(r -> r.statusCode() == 422).count();
    check(
        "ten claims of 300.00 at once on H2: six fit under the cap, four are refused",
        accepted == 6 && refused == 4,
        answers.get(0));
    HttpResponse<String> hers = get(api + "/rehab-grants?size=100", officer);
    check(
        "institution1 (the demo institution's officer) sees the grant, the child's name, no more",
        hers.statusCode() == 200
            && hers.body().contains(field(grant.body(), "id"))
            && hers.body().contains("烟测康复儿童")
            && !hers.body().contains("smoke rehab"),
        hers);
  }

  /** Locking, conflicts and idempotency behave on H2 as they do on MariaDB. */
  private static void casesOnH2(String api, String director, String supervisor) throws Exception {
    String body = intake("2026-11-28T10:15:00+08:00");
    HttpResponse<String> created = post(api + "/intakes", director, body, null);
    check("an intake opens a case", created.statusCode() == 201, created);
    String id = field(created.body(), "id");
    String move = "{\"to\": \"ASSESSMENT\", \"version\": " + number(created.body(), "version") + "}";
    List<HttpResponse<String>> moves =
        concurrently(
            List.of(
                () -> post(api + "/cases/" + id + "/transitions", director, move, null),
                () -> post(api + "/cases/" + id + "/transitions", supervisor, move, null)));
    List<Integer> statuses = moves.stream().map(HttpResponse::statusCode).sorted().toList();
    check(
        "two concurrent transitions with one version: one 200, one 409",
        statuses.equals(List.of(200, 409)),
        moves.get(0));

    List<Callable<HttpResponse<String>>> intakes = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String yearBody = intake("2018-03-01T09:00:00+08:00");
      intakes.add(() -> post(api + "/intakes", director, yearBody, null));
    }
    List<Integer> numbers =
        concurrently(intakes).stream()
            .map(r -> field(r.body(), "caseNumber"))
            .map(n -> n == null ? -1 : Integer.parseInt(n.substring(8)))
            .sorted()
            .toList();
    check(
        "20 concurrent intakes get 20 consecutive numbers",
        !numbers.contains(-1)
            && numbers.stream().distinct().count() == 20
            && numbers.get(19) - numbers.get(0) == 19,
        created);

    String key = "smoke-" + System.nanoTime();
    String retried = intake("2026-11-28T10:15:00+08:00");
    List<Callable<HttpResponse<String>>> retries = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      retries.add(() -> post(api + "/intakes", director, retried, key));
    }
    List<HttpResponse<String>> answers = concurrently(retries);
    check(
        "concurrent retries with one idempotency key open one case",
        answers.stream().allMatch(r -> r.statusCode() == 201)
            && answers.stream().map(r -> field(r.body(), "id")).distinct().count() == 1,
        answers.get(0));
    HttpResponse<String> otherBody =
        post(api + "/intakes", director, intake("2026-11-28T11:00:00+08:00"), key);
    check("the same key with another body is 409", otherBody.statusCode() == 409, otherBody);
  }

  /** Keyed-hash search, masking and the access log work on H2 as on MariaDB. */
  private static void privacyOnH2(String api, String director, String auditor) throws Exception {
    String name = "烟测" + "甲乙丙丁戊己庚辛".charAt((int) (System.nanoTime() % 8)) + "辛" + "壬癸".charAt((int) (System.nanoTime() % 2));
    String body =
        "{\"channel\": \"WALK_IN\", \"kind\": \"WOMENS_RIGHTS\","
            + " \"receivedAt\": \"2026-11-28T10:15:00+08:00\", \"jurisdiction\": \"210203001001\","
            + " \"subject\": {\"name\": \"" + name + "\", \"sex\": \"F\","
            + " \"idNumber\": \"210203198805120022\", \"phone\": \"13812345678\"}}";
    HttpResponse<String> created = post(api + "/intakes", director, body, null);
    check("an intake with personal data opens a case", created.statusCode() == 201, created);
    check(
        "ID and phone numbers come masked",
        created.body().contains("2102**********0022") && created.body().contains("138****5678"),
        created);
    String caseNumber = field(created.body(), "caseNumber");
    HttpResponse<String> byName =
        get(api + "/cases?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8), director);
    check("q finds the case by the exact name", byName.body().contains(caseNumber), byName);
    HttpResponse<String> byId = get(api + "/cases?q=21020319880512002" + "2", director);
    check("q finds the case by the ID number", byId.body().contains(caseNumber), byId);
    HttpResponse<String> log = get(api + "/audit?size=5", auditor);
    check("the auditor reads the access log", log.statusCode() == 200 && log.body().contains("\"action\""), log);
    HttpResponse<String> verify = get(api + "/audit/verify", auditor);
    check("the access log verifies", "true".equals(bool(verify.body(), "ok")), verify);
  }

  /**
   * The local run's demo shelter (capacity 3), and never over capacity on H2 either: 20 victims
   * placed at once, exactly 3 in.
   */
  private static void sheltersOnH2(String api, String caseworker) throws Exception {
    HttpResponse<String> shelters = get(api + "/shelters", caseworker);
    String shelter = field(shelters.body(), "id");
    check(
        "the local run ships a demo shelter of capacity 3, without its address",
        shelters.statusCode() == 200
            && shelter != null
            && number(shelters.body(), "capacity") == 3
            && !shelters.body().contains("address"),
        shelters);
    List<String> cases = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String body =
          "{\"channel\": \"HOTLINE_12338\", \"kind\": \"DOMESTIC_VIOLENCE\","
              + " \"category\": \"PHYSICAL\", \"receivedAt\": \"2026-11-28T10:15:00+08:00\","
              + " \"jurisdiction\": \"210203001001\", \"subject\": {\"name\": \"庇护测试\","
              + " \"sex\": \"F\"}}";
      cases.add(field(post(api + "/intakes", caseworker, body, null).body(), "id"));
    }
    List<Callable<HttpResponse<String>>> stays = new ArrayList<>();
    for (String id : cases) {
      String stay = "{\"shelter\": \"" + shelter + "\", \"from\": \"2026-11-28T12:00:00+08:00\"}";
      stays.add(() -> post(api + "/cases/" + id + "/shelter-stays", caseworker, stay, null));
    }
    List<HttpResponse<String>> answers = concurrently(stays);
    long in = answers.stream().filter(r -> r.statusCode() == 201).count();
    long full = answers.stream().filter(r -> r.statusCode() == 409).count();
    check("20 concurrent stays in a shelter of 3: 3 in, 17 told it is full", in == 3 && full == 17, answers.get(0));
  }

  /** Who reads what: legal aid with consent only, break-glass counted (INSERT IGNORE) on H2. */
  private static void readersOnH2(String api, String director, String otherDirector, String legalAid)
      throws Exception {
    String withReporter =
        intake("2026-11-28T10:15:00+08:00")
            .replace("\"subject\"", "\"reporter\": {\"type\": \"SCHOOL\", \"name\": \"烟测小学\"}, \"subject\"");
    HttpResponse<String> created = post(api + "/intakes", director, withReporter, null);
    check("the handler sees the reporter", created.body().contains("烟测小学"), created);
    String id = field(created.body(), "id");
    HttpResponse<String> noConsent =
        post(api + "/cases/" + id + "/legal-aid-referrals", director, "{\"reason\": \"代理\"}", null);
    check("a referral without consent or basis is 422", noConsent.statusCode() == 422, noConsent);
    check(
        "legal aid does not read an unreferred case",
        get(api + "/cases/" + id, legalAid).statusCode() == 404,
        noConsent);
    HttpResponse<String> referred =
        post(
            api + "/cases/" + id + "/legal-aid-referrals",
            director,
            "{\"reason\": \"代理\", \"consent\": true}",
            null);
    check("a referral with consent is 201", referred.statusCode() == 201, referred);
    HttpResponse<String> seen = get(api + "/cases/" + id, legalAid);
    check(
        "legal aid reads the referral view, without the reporter",
        seen.statusCode() == 200 && !seen.body().contains("烟测小学"),
        seen);
    HttpResponse<String> glass =
        post(api + "/cases/" + id + "/break-glass", otherDirector, "{\"reason\": \"烟测\"}", null);
    check(
        "break-glass from another street is granted, without the reporter",
        glass.statusCode() == 200 && !glass.body().contains("烟测小学"),
        glass);
  }

  /**
   * Legal aid, a transfer and a hand-over on H2: the officer's list (the district's referrals in
   * one scoped query), decision, lawyer and outcome; a transfer accepted by the receiving director
   * moves the case out of the old community's sight; a supervisor hands a worker's cases over.
   */
  private static void legalAidAndTransfersOnH2(
      String api,
      String director,
      String otherDirector,
      String supervisor,
      String legalAid,
      String admin)
      throws Exception {
    String id = field(post(api + "/intakes", director, intake("2026-11-28T10:15:00+08:00"), null).body(), "id");
    HttpResponse<String> referred =
        post(api + "/cases/" + id + "/legal-aid-referrals", director, "{\"reason\": \"代理\", \"consent\": true}", null);
    String referral = field(referred.body(), "id");
    HttpResponse<String> listed = get(api + "/legal-aid-referrals?status=REFERRED&size=100", legalAid);
    check("the officer lists her district's referrals", listed.statusCode() == 200 && listed.body().contains(referral), listed);
    String steps = api + "/legal-aid-referrals/" + referral;
    HttpResponse<String> decided = post(steps + "/decision", legalAid, "{\"decision\": \"ACCEPTED\"}", null);
    check("the officer accepts a referral", decided.statusCode() == 200 && decided.body().contains("LAWYER_ASSIGNED"), decided);
    HttpResponse<String> lawyer = post(steps + "/lawyer", legalAid, "{\"lawyer\": \"烟测律师\"}", null);
    check("and assigns a lawyer", lawyer.statusCode() == 200, lawyer);
    HttpResponse<String> outcome = post(steps + "/outcome", legalAid, "{\"outcome\": \"调解\"}", null);
    check("and records the outcome", outcome.statusCode() == 200 && "CONCLUDED".equals(field(outcome.body(), "status")), outcome);

    HttpResponse<String> asked =
        post(api + "/cases/" + id + "/transfers", director, "{\"to\": \"210203002001\", \"reason\": \"搬家\"}", null);
    check("a director asks to transfer a case", asked.statusCode() == 201, asked);
    HttpResponse<String> incoming = get(api + "/transfers", otherDirector);
    check("the receiving director sees it waiting", incoming.body().contains(field(asked.body(), "id")), incoming);
    HttpResponse<String> accepted =
        post(api + "/transfers/" + field(asked.body(), "id") + "/decision", otherDirector, "{\"accept\": true}", null);
    check("and accepts it", accepted.statusCode() == 200, accepted);
    HttpResponse<String> gone = get(api + "/cases/" + id, director);
    check("the old community's director no longer reads it", gone.statusCode() == 404, gone);
    HttpResponse<String> there = get(api + "/cases/" + id, otherDirector);
    check("the new one does", there.statusCode() == 200, there);

    post(api + "/staff/sync", admin, "{}", null);
    String mine = field(post(api + "/intakes", director, intake("2026-11-28T10:15:00+08:00"), null).body(), "id");
    post(api + "/cases/" + mine + "/assignment", supervisor, "{\"assignee\": \"smoke-leaving\"}", null);
    HttpResponse<String> handed =
        post(api + "/hand-overs", supervisor, "{\"from\": \"smoke-leaving\", \"to\": \"director-a\"}", null);
    check("a supervisor hands a leaving worker's cases over", handed.statusCode() == 200 && number(handed.body(), "moved") >= 1, handed);
  }

  /** Deadlines, the overdue list and the once-only escalation (INSERT IGNORE) on H2. */
  private static void deadlinesOnH2(String api, String director, String admin, String auditor)
      throws Exception {
    String twoDaysAgo =
        java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8))
            .minusDays(2)
            .withNano(0)
            .toString();
    HttpResponse<String> created = post(api + "/intakes", director, intake(twoDaysAgo), null);
    String id = field(created.body(), "id");
    String caseNumber = field(created.body(), "caseNumber");
    check(
        "a report unanswered for two days has its first contact overdue",
        created.statusCode() == 201
            && created.body().matches("(?s).*\"name\":\"FIRST_CONTACT\"[^}]*\"overdue\":true.*"),
        created);
    HttpResponse<String> overdue = get(api + "/cases?overdue=true&q=" + caseNumber, director);
    check("the overdue list holds it", number(overdue.body(), "total") == 1, overdue);
    // the staff directory is read from Keycloak a few seconds after the start: read it now, so
    // that the street's supervisor is there to be told whatever the timing
    HttpResponse<String> synced = post(api + "/staff/sync", admin, "{}", null);
    check("the admin reads the staff directory from Keycloak", synced.statusCode() == 200, synced);
    List<HttpResponse<String>> scans =
        concurrently(
            List.of(
                () -> post(api + "/deadlines/escalations", admin, "{}", null),
                () -> post(api + "/deadlines/escalations", admin, "{}", null)));
    check(
        "two concurrent escalation scans both succeed",
        scans.stream().allMatch(r -> r.statusCode() == 200),
        scans.get(0));
    HttpResponse<String> log = get(api + "/audit?case=" + id + "&size=100", auditor);
    long notified = Pattern.compile("\"action\":\"NOTIFY\"").matcher(log.body()).results().count();
    check("the case was escalated exactly once", notified == 1, log);
    HttpResponse<String> calendar = get(api + "/calendar/2026", director);
    check(
        "the 2026 holiday calendar was seeded",
        calendar.body().contains("\"date\":\"2026-10-01\",\"kind\":\"HOLIDAY\""),
        calendar);
  }

  private static String intake(String receivedAt) {
    return "{\"channel\": \"MANDATORY_REPORT\", \"kind\": \"CHILD_PROTECTION\","
        + " \"receivedAt\": \"" + receivedAt + "\", \"jurisdiction\": \"210203001001\","
        + " \"category\": \"NEGLECT\", \"summary\": \"smoke " + System.nanoTime() + "\","
        + " \"subject\": {\"name\": \"烟测儿童\", \"sex\": \"F\"}}";
  }

  private static <T> List<T> concurrently(List<Callable<T>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> call : calls) {
        futures.add(pool.submit(() -> { start.await(); return call.call(); }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

}
