package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/**
 * A case with every part DOMAIN.md §4 decides on, for the "who sees what" tests: taken in by the
 * hotline operator (still at INTAKE), subject with ID number, phone and address, a reporter, a
 * guardian and a respondent, a visit with notes, a referral to legal aid with consent.
 */
final class FullCase {

  static final String SUBJECT = "表格儿童";
  static final String SUBJECT_PHONE = "13812345678";
  static final String SUBJECT_ADDRESS = "西岗区长江路100号3单元502";
  static final String SUBJECT_ADDRESS_MASKED = "西岗区长江路****";
  static final String REPORTER = "长江路小学";
  static final String REPORTER_PHONE = "0411-88881234";
  static final String GUARDIAN = "表格监护人";
  static final String GUARDIAN_PHONE = "13987654321";
  static final String RESPONDENT = "表格施暴人";
  static final String RESPONDENT_PHONE = "13711112222";
  static final String VISIT_NOTE = "家访：孩子独自在家，冰箱空";
  static final String REFERRAL_REASON = "需要代理";

  final String id;
  final String caseNumber;
  final String subjectId;

  private FullCase(String id, String caseNumber, String subjectId) {
    this.id = id;
    this.caseNumber = caseNumber;
    this.subjectId = subjectId;
  }

  static FullCase create(Intakes intakes) {
    String subjectId = Intakes.randomResidentId();
    JsonObject created =
        intakes.create(
            "hotline1",
            Intakes.report("210203001001")
                .add("channel", "CHILD_PROTECTION_HOTLINE")
                .add(
                    "reporter",
                    Json.createObjectBuilder()
                        .add("type", "SCHOOL")
                        .add("name", REPORTER)
                        .add("phone", REPORTER_PHONE))
                .add(
                    "subject",
                    Json.createObjectBuilder()
                        .add("name", SUBJECT)
                        .add("sex", "F")
                        .add("idNumber", subjectId)
                        .add("phone", SUBJECT_PHONE)
                        .add("address", SUBJECT_ADDRESS))
                .add(
                    "people",
                    Json.createArrayBuilder()
                        .add(party("GUARDIAN", GUARDIAN, GUARDIAN_PHONE))
                        .add(party("RESPONDENT", RESPONDENT, RESPONDENT_PHONE)))
                .build());
    String id = created.getString("id");
    HttpResponse<String> visit =
        intakes.act(
            "director-a",
            id,
            "visits",
            Json.createObjectBuilder()
                .add("visitedAt", created.getString("receivedAt"))
                .add("mode", "HOME")
                .add("notes", VISIT_NOTE)
                .build()
                .toString());
    assertThat(visit.statusCode()).as(visit.body()).isEqualTo(201);
    HttpResponse<String> referral =
        intakes.act(
            "director-a",
            id,
            "legal-aid-referrals",
            "{\"reason\": \"" + REFERRAL_REASON + "\", \"consent\": true}");
    assertThat(referral.statusCode()).as(referral.body()).isEqualTo(201);
    return new FullCase(id, created.getString("caseNumber"), subjectId);
  }

  private static JsonObject party(String role, String name, String phone) {
    return Json.createObjectBuilder()
        .add("role", role)
        .add(
            "person",
            Json.createObjectBuilder()
                .add("name", name)
                .add("phone", phone)
                .add("address", "西岗区某路8号"))
        .build();
  }
}
