package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deadlines that escalate, with a real SMTP server (GreenMail, where {@code ./shouhu test} points
 * the server's mail session) and the real Keycloak behind the staff directory.
 */
class EscalationIT extends DeployedShouhu {

  static final int SMTP_PORT =
      Integer.parseInt(System.getenv().getOrDefault("SHOUHU_SMTP_PORT", "13025"));

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withPerMethodLifecycle(false);

  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);

  /** The directory as Keycloak has it now (it also syncs by itself, on its own schedule). */
  @BeforeEach
  void directoryInStep() {
    HttpResponse<String> sync =
        http.post(Http.API + "/staff/sync", http.token("admin1"), "application/json", "{}");
    assertThat(sync.statusCode()).as(sync.body()).isEqualTo(200);
  }

  private static Connection db() throws Exception {
    return DriverManager.getConnection(
        System.getProperty("shouhu.test.db.url"), "shouhu", "shouhu");
  }

  /** The mail GreenMail received whose subject names the case number and contains {@code word}. */
  private static List<Message> received(String caseNumber, String word) throws MessagingException {
    List<Message> found = new ArrayList<>();
    for (Message m : MAIL.getReceivedMessages()) {
      if (m.getSubject().contains(caseNumber) && m.getSubject().contains(word)) {
        found.add(m);
      }
    }
    return found;
  }

  private static String recipient(Message m) throws MessagingException {
    return m.getAllRecipients()[0].toString();
  }

  private static String isoAgo(Duration ago) {
    return OffsetDateTime.now(ZoneOffset.ofHours(8)).minus(ago).withNano(0).toString();
  }

  @Test
  void anUrgentReportMailsItsStreetSupervisorAtOnceWithoutPersonalData() throws Exception {
    JsonObject created =
        intakes.create(
            "director-a",
            Intakes.report("210203001001")
                .add("urgent", true)
                .add("receivedAt", isoAgo(Duration.ofMinutes(10)))
                .build());
    String id = created.getString("id");
    String number = created.getString("caseNumber");

    assertThat(Outbox.awaitSent(id, "URGENT_REPORT"))
        .containsExactly("supervisor-a@shouhu.test SENT");
    List<Message> mails = received(number, "紧急");
    assertThat(mails).hasSize(1);
    Message mail = mails.get(0);
    assertThat(recipient(mail)).isEqualTo("supervisor-a@shouhu.test");
    String body = (String) mail.getContent();
    assertThat(body).contains(number).contains("/shouhu/case.xhtml?id=" + id);
    String child = created.getJsonObject("subject").getString("name");
    assertThat(body).doesNotContain(child).doesNotContain("长江路小学");
    // a child in immediate danger: the first contact is due two hours after the report came in
    JsonObject firstContact = deadline(created, "FIRST_CONTACT");
    assertThat(OffsetDateTime.parse(firstContact.getString("dueAt")).toInstant())
        .isEqualTo(
            OffsetDateTime.parse(created.getString("receivedAt"))
                .toInstant()
                .plus(Duration.ofHours(2)));
    assertThat(firstContact.getBoolean("overdue")).isFalse();
  }

  @Test
  void anOverdueDeadlineIsListedAndMailedOnceHoweverManyScansRace() throws Exception {
    // received two days ago and never answered: the 24-hour first contact is overdue
    JsonObject created =
        intakes.create(
            "director-a",
            Intakes.report("210203001001").add("receivedAt", isoAgo(Duration.ofDays(2))).build());
    String id = created.getString("id");
    String number = created.getString("caseNumber");
    assertThat(deadline(created, "FIRST_CONTACT").getBoolean("overdue")).isTrue();
    assertThat(deadline(created, "ASSESSMENT").getBoolean("overdue")).isFalse();
    assertThat(overdueNumbers("supervisor-a", number)).contains(number);
    assertThat(overdueNumbers("director-b", number)).doesNotContain(number); // not her community

    // four scans at once, as if four servers ran the job (the scheduled one may join in; other
    // tests' overdue cases are escalated on the way)
    String admin = http.token("admin1");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Callable<HttpResponse<String>>> scans = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      scans.add(
          () -> http.post(Http.API + "/deadlines/escalations", admin, "application/json", "{}"));
    }
    for (Future<HttpResponse<String>> scan : pool.invokeAll(scans)) {
      HttpResponse<String> response = scan.get();
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
    pool.shutdown();

    assertThat(Outbox.awaitSent(id, "OVERDUE")).containsExactly("supervisor-a@shouhu.test SENT");
    assertThat(received(number, "逾期")).hasSize(1);
    try (Connection c = db();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT COUNT(*) FROM deadline_escalation e JOIN case_deadline d"
                    + " ON d.id = e.deadline_id WHERE d.case_id = ?")) {
      q.setString(1, id);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        assertThat(r.getInt(1)).isEqualTo(1);
      }
    }
    // a second round of scans finds nothing left to escalate for this case
    http.post(Http.API + "/deadlines/escalations", admin, "application/json", "{}");
    assertThat(Outbox.rows(id, "OVERDUE")).hasSize(1);

    // a visit meets the first contact: the case leaves the overdue list
    HttpResponse<String> visit =
        intakes.act(
            "director-a",
            id,
            "visits",
            Json.createObjectBuilder()
                .add("visitedAt", isoAgo(Duration.ofMinutes(5)))
                .add("mode", "HOME")
                .add("notes", "孩子安全，已联系监护人")
                .build()
                .toString());
    assertThat(visit.statusCode()).as(visit.body()).isEqualTo(201);
    JsonObject after = Http.json(intakes.get("director-a", id).body());
    JsonObject met = deadline(after, "FIRST_CONTACT");
    assertThat(met.getBoolean("met")).isTrue();
    assertThat(met.getBoolean("overdue")).isFalse();
    assertThat(after.getJsonArray("visits")).hasSize(1);
    assertThat(overdueNumbers("supervisor-a", number)).doesNotContain(number);
  }

  @Test
  void theDirectoryFollowsKeycloakAndEscalationReachesWhoeverIsResponsible() throws Exception {
    // 白云街道 (210203002) has no supervisor: an urgent report there goes to the district
    String first = urgentReportInBaiyun();
    assertThat(Outbox.awaitSent(first, "URGENT_REPORT"))
        .containsExactly("caseworker1@shouhu.test SENT");
    assertThat(gaps()).contains("210203002 child-supervisor");

    // a supervisor is added in Keycloak; she never logs in to Shouhu
    KeycloakUsers users = new KeycloakUsers(http);
    String username = users.create("child-supervisor", "210203002", "赵", "敏");
    try {
      HttpResponse<String> sync =
          http.post(Http.API + "/staff/sync", http.token("admin1"), "application/json", "{}");
      assertThat(sync.statusCode()).as(sync.body()).isEqualTo(200);
      JsonObject member = staffMember(username);
      assertThat(member.getString("email")).isEqualTo(username + "@shouhu.test");
      assertThat(member.getString("jurisdiction")).isEqualTo("210203002");
      assertThat(member.getString("name")).isEqualTo("赵敏");
      assertThat(member.getBoolean("enabled")).isTrue();
      assertThat(gaps()).doesNotContain("210203002 child-supervisor");

      String second = urgentReportInBaiyun();
      assertThat(Outbox.awaitSent(second, "URGENT_REPORT"))
          .containsExactly(username + "@shouhu.test SENT");
    } finally {
      users.removeAll();
    }
    http.post(Http.API + "/staff/sync", http.token("admin1"), "application/json", "{}");
    assertThat(staffMember(username).getBoolean("enabled")).isFalse();
    assertThat(gaps()).contains("210203002 child-supervisor");
  }

  @Test
  void onlyTheAdminReadsTheDirectory() {
    assertThat(http.get(Http.API + "/staff", http.token("supervisor-a")).statusCode())
        .isEqualTo(403);
    assertThat(
            http.post(
                    Http.API + "/deadlines/escalations",
                    http.token("caseworker1"),
                    "application/json",
                    "{}")
                .statusCode())
        .isEqualTo(403);
  }

  private String urgentReportInBaiyun() {
    return intakes
        .create(
            "director-b",
            Intakes.report("210203002001")
                .add("urgent", true)
                .add("receivedAt", isoAgo(Duration.ofMinutes(1)))
                .build())
        .getString("id");
  }

  private JsonObject staffMember(String username) {
    HttpResponse<String> response = http.get(Http.API + "/staff", http.token("admin1"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.jsonArray(response.body()).stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getString("username").equals(username))
        .findFirst()
        .orElseThrow(() -> new AssertionError(username + " is not in the directory"));
  }

  private List<String> gaps() {
    HttpResponse<String> response = http.get(Http.API + "/staff/gaps", http.token("admin1"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.jsonArray(response.body()).stream()
        .map(JsonValue::asJsonObject)
        .map(g -> g.getString("jurisdiction") + " " + g.getString("missing"))
        .toList();
  }

  /** The case if it is on the user's overdue list ({@code q} finds it among any number). */
  private List<String> overdueNumbers(String user, String number) {
    HttpResponse<String> response =
        http.get(Http.API + "/cases?overdue=true&q=" + number, http.token(user));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response.body()).getJsonArray("items").stream()
        .map(i -> i.asJsonObject().getString("caseNumber"))
        .toList();
  }

  private static JsonObject deadline(JsonObject aCase, String name) {
    return aCase.getJsonArray("deadlines").stream()
        .map(JsonValue::asJsonObject)
        .filter(d -> d.getString("name").equals(name))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no deadline " + name + " in " + aCase));
  }
}
