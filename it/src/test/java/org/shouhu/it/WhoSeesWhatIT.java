package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.it.Problems.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * DOMAIN.md §4 "who sees what", every cell through the REST API: one case with every part (subject
 * with numbers and address, reporter, guardian, respondent, a visit, a legal-aid referral), read by
 * its handler, the hotline operator who took it in, a legal-aid officer, a break-glass reader, and
 * the roles that read no case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhoSeesWhatIT extends DeployedShouhu {

  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);
  private final KeycloakUsers users = new KeycloakUsers(http);

  private String id;
  private String subjectId;
  private String breakGlassReader;

  @BeforeAll
  void aCaseWithEveryPart() {
    breakGlassReader = users.create("child-director", "210203002002");
    FullCase full = FullCase.create(intakes);
    id = full.id;
    subjectId = full.subjectId;
  }

  @AfterAll
  void removeUsers() {
    users.removeAll();
  }

  private JsonObject read(String user) {
    HttpResponse<String> response = intakes.get(user, id);
    assertThat(response.statusCode()).as(user + ": " + response.body()).isEqualTo(200);
    return Http.json(response.body());
  }

  private List<String> roles(JsonObject view) {
    return view.getJsonArray("people").stream()
        .map(JsonValue::asJsonObject)
        .map(p -> p.getString("role"))
        .toList();
  }

  private JsonObject person(JsonObject view, String role) {
    return view.getJsonArray("people").stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> p.getString("role").equals(role))
        .findFirst()
        .orElseThrow()
        .getJsonObject("person");
  }

  private static void basicsAndSubject(JsonObject view) {
    assertThat(view.getString("kind")).isEqualTo("CHILD_PROTECTION");
    assertThat(view.getString("status")).isEqualTo("INTAKE");
    assertThat(view.getString("category")).isEqualTo("NEGLECT");
    assertThat(view.getString("summary")).startsWith("测试报告");
    assertThat(view.getJsonArray("deadlines")).isNotEmpty();
    assertThat(view.getJsonObject("subject").getString("name")).isEqualTo(FullCase.SUBJECT);
    assertThat(view.getJsonObject("subject").getString("sex")).isEqualTo("F");
  }

  private void subjectMasked(JsonObject view) {
    JsonObject subject = view.getJsonObject("subject");
    assertThat(subject.getString("idNumber"))
        .isEqualTo(subjectId.substring(0, 4) + "**********" + subjectId.substring(14));
    assertThat(subject.getString("phone")).isEqualTo("138****5678");
    assertThat(subject.getString("address")).isEqualTo(FullCase.SUBJECT_ADDRESS_MASKED);
  }

  private void subjectRevealed(JsonObject view) {
    JsonObject subject = view.getJsonObject("subject");
    assertThat(subject.getString("idNumber")).isEqualTo(subjectId);
    assertThat(subject.getString("phone")).isEqualTo(FullCase.SUBJECT_PHONE);
    assertThat(subject.getString("address")).isEqualTo(FullCase.SUBJECT_ADDRESS);
  }

  @Test
  void theHandlerSeesEveryPartMaskedUntilSheReveals() {
    JsonObject view = read("director-a");
    basicsAndSubject(view);
    subjectMasked(view);
    assertThat(view.getJsonObject("reporter").getString("name")).isEqualTo(FullCase.REPORTER);
    assertThat(view.getJsonObject("reporter").getString("phone")).isEqualTo("041******1234");
    assertThat(roles(view)).containsExactlyInAnyOrder("GUARDIAN", "RESPONDENT");
    assertThat(person(view, "GUARDIAN").getString("phone")).isEqualTo("139****4321");
    assertThat(view.getJsonArray("visits").getJsonObject(0).getString("notes"))
        .isEqualTo(FullCase.VISIT_NOTE);
    assertThat(view.getJsonArray("legalAidReferrals")).hasSize(1);
    assertThat(
            http.get(Http.API + "/cases/" + id + "/timeline", http.token("director-a"))
                .statusCode())
        .isEqualTo(200);
    JsonObject revealed =
        Http.json(
            http.get(Http.API + "/cases/" + id + "?reveal=true", http.token("director-a")).body());
    subjectRevealed(revealed);
    assertThat(revealed.getJsonObject("reporter").getString("phone"))
        .isEqualTo(FullCase.REPORTER_PHONE);
    assertThat(person(revealed, "RESPONDENT").getString("phone"))
        .isEqualTo(FullCase.RESPONDENT_PHONE);
  }

  @Test
  void theHotlineOperatorWhoTookItInSeesItsIntakeButNoNotesOrReferral() {
    JsonObject view = read("hotline1");
    basicsAndSubject(view);
    subjectMasked(view);
    assertThat(view.getJsonObject("reporter").getString("name")).isEqualTo(FullCase.REPORTER);
    assertThat(roles(view)).containsExactlyInAnyOrder("GUARDIAN", "RESPONDENT");
    assertThat(view.containsKey("visits")).isFalse();
    assertThat(view.containsKey("legalAidReferrals")).isFalse();
    assertThat(view.toString()).doesNotContain(FullCase.VISIT_NOTE);
    assertProblem(http.get(Http.API + "/cases/" + id + "/timeline", http.token("hotline1")), 403);
    subjectRevealed(
        Http.json(
            http.get(Http.API + "/cases/" + id + "?reveal=true", http.token("hotline1")).body()));
  }

  @Test
  void theLegalAidOfficerSeesTheReferralViewOnly() {
    JsonObject view = read("legalaid1");
    basicsAndSubject(view);
    subjectMasked(view);
    assertThat(view.containsKey("reporter")).isFalse();
    assertThat(view.containsKey("visits")).isFalse();
    assertThat(roles(view)).containsExactly("RESPONDENT");
    JsonObject respondent = person(view, "RESPONDENT");
    assertThat(respondent.getString("name")).isEqualTo(FullCase.RESPONDENT);
    assertThat(respondent.containsKey("phone")).isFalse();
    assertThat(respondent.containsKey("address")).isFalse();
    assertThat(view.getJsonArray("legalAidReferrals").getJsonObject(0).getString("reason"))
        .isEqualTo("需要代理");
    assertThat(view.toString())
        .doesNotContain(FullCase.REPORTER)
        .doesNotContain(FullCase.REPORTER_PHONE)
        .doesNotContain(FullCase.VISIT_NOTE)
        .doesNotContain(FullCase.GUARDIAN_PHONE);
    assertProblem(http.get(Http.API + "/cases/" + id + "/timeline", http.token("legalaid1")), 403);
    assertProblem(
        http.get(Http.API + "/cases/" + id + "?reveal=true", http.token("legalaid1")), 403);
  }

  @Test
  void theBreakGlassReaderSeesNotesButNeverTheReporter() {
    HttpResponse<String> read =
        intakes.act(breakGlassReader, id, "break-glass", "{\"reason\": \"家庭迁入本社区，夜间求助\"}");
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    JsonObject view = Http.json(read.body());
    basicsAndSubject(view);
    subjectMasked(view);
    assertThat(view.containsKey("reporter")).isFalse();
    assertThat(view.toString())
        .doesNotContain(FullCase.REPORTER)
        .doesNotContain(FullCase.REPORTER_PHONE);
    assertThat(roles(view)).containsExactlyInAnyOrder("GUARDIAN", "RESPONDENT");
    assertThat(view.getJsonArray("visits").getJsonObject(0).getString("notes"))
        .isEqualTo(FullCase.VISIT_NOTE);
    assertThat(view.getJsonArray("timeline")).isNotEmpty();
    assertThat(view.getJsonArray("legalAidReferrals")).hasSize(1);
    HttpResponse<String> revealed =
        intakes.act(
            breakGlassReader, id, "break-glass", "{\"reason\": \"核对身份证号\", \"reveal\": true}");
    assertThat(revealed.statusCode()).as(revealed.body()).isEqualTo(200);
    subjectRevealed(Http.json(revealed.body()));
    assertThat(revealed.body()).doesNotContain(FullCase.REPORTER_PHONE);
  }

  @Test
  void statisticiansAuditorsAndAdministratorsReadNoCase() {
    for (String user : List.of("stats1", "auditor1", "admin1", "director-b")) {
      assertProblem(intakes.get(user, id), 404);
    }
  }
}
