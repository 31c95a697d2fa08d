package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shouhu.client.ApiClient;
import org.shouhu.client.ApiException;
import org.shouhu.client.ApiResponse;
import org.shouhu.client.api.CasesApi;
import org.shouhu.client.api.IntakeApi;
import org.shouhu.client.model.CaseStatus;
import org.shouhu.client.model.CaseView;
import org.shouhu.client.model.IntakeForm;
import org.shouhu.client.model.PersonForm;
import org.shouhu.client.model.Problem;
import org.shouhu.client.model.ProblemViolation;
import org.shouhu.client.model.ReporterForm;
import org.shouhu.client.model.Transition;

/**
 * A hotline system's integration, through the Java client generated at build time from Shouhu's
 * OpenAPI document (it/src/test/openapi; the maven openapi-generator plugin) and nothing else of
 * Shouhu: it takes a 12338 call in with an Idempotency-Key (twice: one case), reads the case, moves
 * it, and reads a 422's violations. Only the access token comes from Keycloak directly, as the
 * document's security scheme says: a client-credentials token of the realm's client for hotline
 * systems, whose service account acts as a hotline operator of the district.
 */
class HotlineClientIT extends DeployedShouhu {

  private final Http keycloak = new Http();

  /** The dev realm's hotline system: client shouhu-hotline, a client-credentials token. */
  private ApiClient hotlineSystem() {
    String token = keycloak.clientToken("shouhu-hotline", "shouhu-hotline-dev");
    ApiClient client = new ApiClient();
    client.updateBaseUri(Http.SERVER);
    client.setRequestInterceptor(
        request ->
            request.header("Authorization", "Bearer " + token).header("Accept-Language", "zh-CN"));
    return client;
  }

  private static IntakeForm call(String name) {
    return new IntakeForm()
        .channel(IntakeForm.ChannelEnum.HOTLINE_12338)
        .kind(IntakeForm.KindEnum.WOMENS_RIGHTS)
        .category(IntakeForm.CategoryEnum.MARRIAGE_FAMILY)
        .receivedAt(OffsetDateTime.of(2026, 11, 28, 10, 15, 0, 0, ZoneOffset.ofHours(8)))
        .jurisdiction("210203001001")
        .urgent(false)
        .summary("来电反映婚后财产被对方转移，咨询如何维权。")
        .reporter(new ReporterForm().type(ReporterForm.TypeEnum.SELF).name(name))
        .subject(
            new PersonForm()
                .name(name)
                .sex(PersonForm.SexEnum.F)
                .birthDate(LocalDate.of(1986, 3, 12)));
  }

  @Test
  void aHotlineSystemTakesACallInReadsTheCaseMovesItAndReadsA422() throws Exception {
    ApiClient hotline = hotlineSystem();
    IntakeApi intake = new IntakeApi(hotline);
    CasesApi cases = new CasesApi(hotline);
    String key = UUID.randomUUID().toString();

    ApiResponse<CaseView> created = intake.createIntakeWithHttpInfo(call("客户端来电人"), key);
    assertThat(created.getStatusCode()).isEqualTo(201);
    CaseView taken = created.getData();
    assertThat(
            created.getHeaders().entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase("Location"))
                .flatMap(h -> h.getValue().stream()))
        .singleElement()
        .asString()
        .endsWith("/v1/cases/" + taken.getId());
    assertThat(taken.getCaseNumber()).startsWith("XG-2026-");
    assertThat(taken.getStatus()).isEqualTo("INTAKE");
    // the same call sent again with its key (a retry after a timeout) opens no second case
    assertThat(intake.createIntake(call("客户端来电人"), key).getId()).isEqualTo(taken.getId());
    // the key again with another body is a conflict, not a second case
    ApiException reused =
        catchThrowableOfType(() -> intake.createIntake(call("另一位来电人"), key), ApiException.class);
    assertThat(reused.getCode()).isEqualTo(409);

    CaseView read = cases.getCase(taken.getId(), null);
    assertThat(read.getJurisdiction()).isEqualTo("210203001001");
    CaseView moved =
        cases.moveCase(
            taken.getId(), new Transition().to(CaseStatus.ASSESSMENT).version(read.getVersion()));
    assertThat(moved.getStatus()).isEqualTo("ASSESSMENT");

    // a call without its subject's name: 422, each violation on the field that caused it
    IntakeForm nameless = call("客户端来电人");
    nameless.getSubject().setName(null);
    ApiException refused =
        catchThrowableOfType(() -> intake.createIntake(nameless, null), ApiException.class);
    assertThat(refused.getCode()).isEqualTo(422);
    assertThat(refused.getResponseHeaders().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    Problem problem = hotline.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
    assertThat(problem.getStatus()).isEqualTo(422);
    assertThat(problem.getViolations())
        .extracting(ProblemViolation::getField)
        .contains("subject.name");
    assertThat(problem.getViolations()).extracting(ProblemViolation::getMessage).contains("必填。");
  }
}
