package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The attacks an insider tried on 2026-11-29 (issue 15), each refused: an intake used to look a
 * person up, legal aid reading too much, a hotline operator reading on after hand-over, break-glass
 * telling existing cases from unknown ones, showing the reporter, and without limit.
 */
class InsiderAttacksIT extends DeployedShouhu {

  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);
  private final KeycloakUsers users = new KeycloakUsers(http);

  @AfterEach
  void removeUsers() {
    users.removeAll();
  }

  @Test
  void anIntakeNeverLooksAPersonUp() {
    String idNumber = Intakes.randomResidentId();
    JsonObject victim =
        intakes.create(
            "caseworker1",
            Intakes.report("210203002001")
                .add("channel", "POLICE")
                .add("kind", "DOMESTIC_VIOLENCE")
                .add("category", "PHYSICAL")
                .add(
                    "subject",
                    Json.createObjectBuilder()
                        .add("name", "真实受害人")
                        .add("sex", "F")
                        .add("idNumber", idNumber)
                        .add("phone", "13600006666")
                        .add("address", "白云街道隐蔽住所9号"))
                .build());

    JsonObject probe =
        intakes.create(
            "hotline1",
            Intakes.report("210203001001")
                .add("channel", "HOTLINE_12338")
                .add(
                    "subject",
                    Json.createObjectBuilder()
                        .add("name", "编造姓名")
                        .add("sex", "F")
                        .add("idNumber", idNumber)
                        .add("phone", "13500005555")
                        .add("address", "长江路1号"))
                .build());
    assertThat(probe.getJsonObject("subject").getString("name")).isEqualTo("编造姓名");
    assertThat(probe.getBoolean("duplicateElsewhere")).isTrue();
    assertThat(probe.getJsonArray("duplicates")).isEmpty();
    HttpResponse<String> revealed =
        http.get(
            Http.API + "/cases/" + probe.getString("id") + "?reveal=true", http.token("hotline1"));
    assertThat(revealed.statusCode()).isEqualTo(200);
    JsonObject subject = Http.json(revealed.body()).getJsonObject("subject");
    assertThat(subject.getString("name")).isEqualTo("编造姓名");
    assertThat(subject.getString("phone")).isEqualTo("13500005555"); // what she typed, kept
    assertThat(subject.getString("address")).isEqualTo("长江路1号");
    assertThat(probe.toString() + revealed.body())
        .doesNotContain("真实受害人")
        .doesNotContain("13600006666")
        .doesNotContain("隐蔽住所");
    // the victim's own case still shows her as she was recorded
    assertThat(
            Http.json(intakes.get("caseworker1", victim.getString("id")).body())
                .getJsonObject("subject")
                .getString("name"))
        .isEqualTo("真实受害人");
  }

  @Test
  void legalAidNeedsConsentOrABasisAndReadsOnlyTheReferralViewOfItsDistrict() {
    JsonObject aCase = intakes.create("director-a", Intakes.report("210203001001").build());
    String id = aCase.getString("id");
    HttpResponse<String> withoutConsent =
        intakes.act(
            "director-a", id, "legal-aid-referrals", "{\"reason\": \"代理\", \"consent\": false}");
    assertThat(assertProblem(withoutConsent, 422).toString()).contains("consent");
    assertProblem(
        intakes.act(
            "director-a",
            id,
            "legal-aid-referrals",
            "{\"reason\": \"代理\", \"consentBasis\": \"BECAUSE\"}"),
        422);
    assertProblem(intakes.get("legalaid1", id), 404);
    assertProblem(
        intakes.act(
            "director-a",
            id,
            "legal-aid-referrals",
            "{\"reason\": \"" + "长".repeat(4001) + "\", \"consent\": true}"),
        422);
    assertProblem(
        intakes.act("director-a", id, "legal-aid-referrals", "{\"consent\": \"yes\"}"), 400);

    HttpResponse<String> referred =
        intakes.act(
            "director-a",
            id,
            "legal-aid-referrals",
            "{\"reason\": \"监护人即施暴人\", \"consentBasis\": \"GUARDIAN_IS_RESPONDENT\"}");
    assertThat(referred.statusCode()).as(referred.body()).isEqualTo(201);
    JsonObject referral = Http.json(referred.body());
    assertThat(referral.getString("caseNumber")).isEqualTo(aCase.getString("caseNumber"));
    assertThat(referral.getString("status")).isEqualTo("REFERRED");
    assertThat(referral.getBoolean("consent")).isFalse();
    assertThat(referral.getString("consentBasis")).isEqualTo("GUARDIAN_IS_RESPONDENT");
    assertThat(referral.getBoolean("meansTestExempt")).isFalse(); // neglect: not art. 32
    assertThat(referral.getJsonArray("deadlines").getJsonObject(0).getString("name"))
        .isEqualTo("LEGAL_AID_DECISION");

    assertThat(intakes.get("legalaid1", id).statusCode()).isEqualTo(200);
    assertProblem(http.get(Http.API + "/cases/" + id + "/timeline", http.token("legalaid1")), 403);
    String otherDistrict = users.create("legal-aid-officer", "210204");
    assertProblem(intakes.get(otherDistrict, id), 404);
    assertThat(listed(otherDistrict, aCase.getString("caseNumber"))).isZero();
  }

  @Test
  void aHotlineOperatorStopsReadingACaseOnceItLeavesIntake() {
    JsonObject call =
        intakes.create(
            "hotline1", Intakes.report("210203001001").add("channel", "HOTLINE_12338").build());
    String id = call.getString("id");
    assertThat(intakes.get("hotline1", id).statusCode()).isEqualTo(200);
    HttpResponse<String> moved =
        intakes.act(
            "director-a",
            id,
            "transitions",
            "{\"to\": \"ASSESSMENT\", \"version\": " + call.getInt("version") + "}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    intakes.act(
        "director-a",
        id,
        "visits",
        "{\"visitedAt\": \""
            + call.getString("receivedAt")
            + "\", \"mode\": \"HOME\", \"notes\": \"主任的家访记录\"}");
    assertProblem(intakes.get("hotline1", id), 404);
    assertProblem(http.get(Http.API + "/cases/" + id + "/timeline", http.token("hotline1")), 403);
    assertThat(listed("hotline1", call.getString("caseNumber"))).isZero();
  }

  @Test
  void aHotlineOperatorsOwnTriageAnswersWithAReceiptOnly() {
    JsonObject call =
        intakes.create(
            "hotline1", Intakes.report("210203001001").add("channel", "HOTLINE_12338").build());
    HttpResponse<String> triaged =
        intakes.act(
            "hotline1",
            call.getString("id"),
            "transitions",
            "{\"to\": \"ASSESSMENT\", \"version\": " + call.getInt("version") + "}");
    assertThat(triaged.statusCode()).as(triaged.body()).isEqualTo(200);
    JsonObject receipt = Http.json(triaged.body());
    assertThat(receipt.getString("status")).isEqualTo("ASSESSMENT");
    assertThat(receipt.getString("caseNumber")).isEqualTo(call.getString("caseNumber"));
    assertThat(receipt.containsKey("subject")).isFalse();
    assertThat(receipt.containsKey("summary")).isFalse();
  }

  @Test
  void breakGlassTellsNothingBeforeAReasonAndOnlyOutsideTheScope() {
    JsonObject aCase = intakes.create("director-a", Intakes.report("210203001001").build());
    String id = aCase.getString("id");
    String reader = users.create("child-director", "210203002003");
    assertProblem(intakes.act(reader, id, "break-glass", "{\"reason\": \" \"}"), 422);
    assertProblem(
        intakes.act(reader, UUID.randomUUID().toString(), "break-glass", "{\"reason\": \"\"}"),
        422);
    assertProblem(
        intakes.act(reader, UUID.randomUUID().toString(), "break-glass", "{\"reason\": \"夜间\"}"),
        404);
    assertProblem(intakes.act("director-a", id, "break-glass", "{\"reason\": \"在本辖区\"}"), 422);
    assertProblem(
        intakes.act(reader, id, "break-glass", "{\"reason\": \"" + "长".repeat(501) + "\"}"), 422);
    assertProblem(intakes.act(reader, id, "break-glass", "{\"reason\": [\"夜间\"]}"), 400);
    HttpResponse<String> read = intakes.act(reader, id, "break-glass", "{\"reason\": \"夜间紧急\"}");
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(Http.json(read.body()).containsKey("reporter")).isFalse();
    assertThat(read.body()).doesNotContain("长江路小学").doesNotContain("0411-88881234");
  }

  @Test
  void breakGlassStopsAtTheDailyLimitAndTheAuditorsAndTheSupervisorAreTold() throws Exception {
    http.post(Http.API + "/staff/sync", http.token("admin1"), "application/json", "{}");
    JsonObject aCase = intakes.create("director-a", Intakes.report("210203001001").build());
    String id = aCase.getString("id");
    String reader = users.create("child-supervisor", "210203003");
    for (int i = 1; i <= 5; i++) {
      HttpResponse<String> read =
          intakes.act(reader, id, "break-glass", "{\"reason\": \"第" + i + "次紧急查阅\"}");
      assertThat(read.statusCode()).as(i + ": " + read.body()).isEqualTo(200);
    }
    HttpResponse<String> sixth = intakes.act(reader, id, "break-glass", "{\"reason\": \"第6次\"}");
    assertProblem(sixth, 429);
    assertThat(Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, 86_400L);
    // over the limit, even a blank reason or an unknown case is 429 (the limit comes first)
    assertProblem(
        intakes.act(reader, UUID.randomUUID().toString(), "break-glass", "{\"reason\": \"\"}"),
        429);

    String auditorNotices = http.get(Http.API + "/notices?size=100", http.token("auditor1")).body();
    assertThat(auditorNotices).contains(reader).contains("RATE_LIMITED");
    String supervisorNotices =
        http.get(Http.API + "/notices?size=100", http.token("supervisor-a")).body();
    assertThat(supervisorNotices).contains(reader).contains("BREAK_GLASS_READ").contains(id);
    assertThat(Outbox.recipients(id, "BREAK_GLASS")).contains("supervisor-a@shouhu.test");
  }

  private long listed(String user, String caseNumber) {
    HttpResponse<String> response = http.get(Http.API + "/cases?q=" + caseNumber, http.token(user));
    assertThat(response.statusCode()).isEqualTo(200);
    return Http.json(response.body()).getJsonNumber("total").longValue();
  }
}
