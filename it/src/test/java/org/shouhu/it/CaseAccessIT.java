package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.it.Problems.assertProblem;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each role may read and do, by jurisdiction (DOMAIN.md §1): out of scope is 404. */
class CaseAccessIT extends DeployedShouhu {

  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);

  @Test
  void eachRoleReadsExactlyTheCasesOfItsScope() {
    JsonObject aCase = intakes.create("director-a", Intakes.report("210203001001").build());
    String id = aCase.getString("id");
    Map<String, Integer> expected =
        Map.of(
            "director-a", 200,
            "supervisor-a", 200,
            "caseworker1", 200,
            "director-b", 404,
            "hotline1", 404,
            "legalaid1", 404,
            "stats1", 404,
            "auditor1", 404,
            "admin1", 404);
    expected.forEach(
        (user, status) ->
            assertThat(intakes.get(user, id).statusCode()).as(user).isEqualTo(status));
    assertProblem(intakes.get("director-b", id), 404);
    assertProblem(intakes.get("director-a", "no-such-case"), 404);
  }

  @Test
  void searchIsScopedInsideTheQuery() {
    JsonObject aCase = intakes.create("supervisor-a", Intakes.report("210203001002").build());
    String number = aCase.getString("caseNumber");
    assertThat(total("supervisor-a", number)).isEqualTo(1);
    assertThat(total("caseworker1", number)).isEqualTo(1);
    assertThat(total("director-a", number)).isZero(); // another community of her street
    assertThat(total("director-b", number)).isZero();
    assertThat(total("stats1", number)).isZero();
  }

  @Test
  void writesOutsideTheScopeAre404AndRolesWithoutCaseworkAre403() {
    JsonObject aCase = intakes.create("director-a", Intakes.report("210203001001").build());
    String id = aCase.getString("id");
    String move = "{\"to\": \"ASSESSMENT\", \"version\": " + aCase.getInt("version") + "}";
    assertProblem(intakes.act("director-b", id, "transitions", move), 404);
    assertProblem(intakes.act("stats1", id, "transitions", move), 403);
    assertProblem(intakes.act("legalaid1", id, "transitions", move), 403);
    assertProblem(intakes.act("director-a", id, "assignment", "{\"assignee\": \"x\"}"), 403);
    assertThat(intakes.act("director-a", id, "transitions", move).statusCode()).isEqualTo(200);
  }

  @Test
  void intakeOnlyWithinTheCallersJurisdiction() {
    assertProblem(intakes.post("director-a", Intakes.report("210203002001").build()), 403);
    assertProblem(intakes.post("supervisor-a", Intakes.report("210203002001").build()), 403);
    assertThat(intakes.post("supervisor-a", Intakes.report("210203001003").build()).statusCode())
        .isEqualTo(201);
    assertProblem(intakes.post("stats1", Intakes.report("210203001001").build()), 403);
    assertProblem(intakes.post("legalaid1", Intakes.report("210203001001").build()), 403);
  }

  @Test
  void aHotlineOperatorSeesTheIntakesSheTookAndTriagesThem() {
    JsonObject call =
        intakes.create(
            "hotline1",
            Intakes.report("210203002002")
                .add("channel", "HOTLINE_12338")
                .add("kind", "WOMENS_RIGHTS")
                .add("category", "MARRIAGE_FAMILY")
                .build());
    String id = call.getString("id");
    assertThat(intakes.get("hotline1", id).statusCode()).isEqualTo(200);
    assertThat(intakes.get("director-b", id).statusCode()).isEqualTo(404); // 002002, not 002001
    HttpResponse<String> notAccepted =
        intakes.act(
            "hotline1",
            id,
            "transitions",
            "{\"to\": \"NOT_ACCEPTED\", \"reason\": \"已提供咨询\", \"referredTo\": \"区妇联\", \"version\": "
                + call.getInt("version")
                + "}");
    assertThat(notAccepted.statusCode()).as(notAccepted.body()).isEqualTo(200);
    assertThat(Http.json(notAccepted.body()).getString("status")).isEqualTo("NOT_ACCEPTED");
  }

  @Test
  void legalAidOfficersReadReferredCasesWithoutTheReporter() {
    JsonObject aCase = intakes.create("director-a", Intakes.report("210203001001").build());
    String id = aCase.getString("id");
    assertThat(intakes.get("legalaid1", id).statusCode()).isEqualTo(404);

    HttpResponse<String> referral =
        intakes.act(
            "director-a", id, "legal-aid-referrals", "{\"reason\": \"需要代理\", \"consent\": true}");
    assertThat(referral.statusCode()).as(referral.body()).isEqualTo(201);
    assertThat(Http.json(referral.body()).getBoolean("consent")).isTrue();

    HttpResponse<String> seen = intakes.get("legalaid1", id);
    assertThat(seen.statusCode()).isEqualTo(200);
    JsonObject view = Http.json(seen.body());
    assertThat(view.containsKey("reporter")).isFalse();
    assertThat(seen.body()).doesNotContain("长江路小学").doesNotContain("0411-88881234");
    assertThat(view.getJsonObject("subject").getString("name")).isNotBlank();
    assertThat(Http.json(intakes.get("director-a", id).body()).containsKey("reporter")).isTrue();
  }

  private long total(String user, String caseNumber) {
    HttpResponse<String> response = http.get(Http.API + "/cases?q=" + caseNumber, http.token(user));
    assertThat(response.statusCode()).isEqualTo(200);
    return Http.json(response.body()).getJsonNumber("total").longValue();
  }
}
