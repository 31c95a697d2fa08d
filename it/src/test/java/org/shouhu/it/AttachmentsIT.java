package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Files on every case (API.md "Attachments"): by content, encrypted, for who may see them. */
class AttachmentsIT extends DeployedShouhu {

  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);

  private String newCase() {
    return intakes.create("director-a", Intakes.report("210203001001").build()).getString("id");
  }

  private HttpResponse<byte[]> download(String user, String caseId, String attachmentId) {
    return http.sendBytes(
        HttpRequest.newBuilder(
                URI.create(Http.API + "/cases/" + caseId + "/attachments/" + attachmentId))
            .header("Authorization", "Bearer " + http.token(user))
            .GET());
  }

  private List<String> listed(String user, String caseId) {
    JsonObject view = Http.json(intakes.get(user, caseId).body());
    return view.containsKey("attachments")
        ? view.getJsonArray("attachments").stream()
            .map(JsonValue::asJsonObject)
            .map(a -> a.getString("id"))
            .toList()
        : List.of();
  }

  @Test
  void aPngAndAPdfAreKeptByContentWithTheirSha256AndComeBackAsSent() {
    String id = newCase();
    byte[] png = Files.picture("png");
    HttpResponse<String> photo =
        Files.upload(http, "director-a", id, "伤情照片.png", "image/png", png, "PHOTO");
    assertThat(photo.statusCode()).as(photo.body()).isEqualTo(201);
    JsonObject stored = Http.json(photo.body());
    assertThat(stored.getString("contentType")).isEqualTo("image/png");
    assertThat(stored.getString("sha256")).isEqualTo(Files.sha256(png));
    assertThat(stored.getJsonNumber("size").longValue()).isEqualTo(png.length);
    assertThat(stored.getString("name")).isEqualTo("伤情照片.png");
    assertThat(stored.getString("label")).isEqualTo("PHOTO");

    byte[] pdf = Files.pdf();
    // the declared type is ignored: the content says PDF
    HttpResponse<String> paper =
        Files.upload(
            http, "director-a", id, "ruling", "application/octet-stream", pdf, "COURT_RULING");
    assertThat(paper.statusCode()).as(paper.body()).isEqualTo(201);
    assertThat(Http.json(paper.body()).getString("contentType")).isEqualTo("application/pdf");
    assertThat(Http.json(paper.body()).getString("sha256")).isEqualTo(Files.sha256(pdf));

    HttpResponse<byte[]> back = download("director-a", id, stored.getString("id"));
    assertThat(back.statusCode()).isEqualTo(200);
    assertThat(back.body()).isEqualTo(png);
    assertThat(back.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(back.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment;");
    HttpResponse<byte[]> thumbnail =
        http.sendBytes(
            HttpRequest.newBuilder(
                    URI.create(
                        Http.API
                            + "/cases/"
                            + id
                            + "/attachments/"
                            + stored.getString("id")
                            + "/thumbnail"))
                .header("Authorization", "Bearer " + http.token("director-a"))
                .GET());
    assertThat(thumbnail.statusCode()).isEqualTo(200);
    assertThat(thumbnail.body().length).isLessThan(png.length);
    assertThat(listed("supervisor-a", id)).hasSize(2);
  }

  @Test
  void anExecutableNamedScanPdfIs415AndElevenMegabytesAre413() {
    String id = newCase();
    assertProblem(
        Files.upload(
            http, "director-a", id, "scan.pdf", "application/pdf", Files.executable(), "OTHER"),
        415);
    byte[] eleven = Arrays.copyOf(Files.pdf(), 11 * 1024 * 1024);
    assertProblem(
        Files.upload(http, "director-a", id, "big.pdf", "application/pdf", eleven, "OTHER"), 413);
    assertThat(listed("director-a", id)).isEmpty();
  }

  @Test
  void longChineseNamesAndNotesAreKeptAndLongerOnesRefusedOnTheirField() {
    String id = newCase();
    byte[] pdf = Files.pdf();
    String name = "医".repeat(251) + ".pdf"; // 255 characters, 3 bytes each
    HttpResponse<String> kept =
        Files.post(
            http,
            "director-a",
            id,
            Map.of("label", "MEDICAL_REPORT", "note", "诊".repeat(1000)),
            name,
            "application/pdf",
            pdf);
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
    assertThat(Http.json(kept.body()).getString("note")).isEqualTo("诊".repeat(1000));
    assertThat(Http.json(kept.body()).getString("name")).isEqualTo(name);

    JsonObject tooLong =
        assertProblem(
            Files.post(
                http,
                "director-a",
                id,
                Map.of("label", "MEDICAL_REPORT", "note", "诊".repeat(1001)),
                "x.pdf",
                "application/pdf",
                pdf),
            422);
    assertThat(tooLong.toString()).contains("\"note\"");
    JsonObject noFile =
        assertProblem(
            Files.post(http, "director-a", id, Map.of("label", "PHOTO"), null, null, null), 422);
    assertThat(noFile.toString()).contains("\"file\"");
    // another community's director learns nothing, not even that the form was wrong
    assertProblem(
        Files.post(http, "director-b", id, Map.of("label", "PHOTO"), null, null, null), 404);

    String attachment = Http.json(kept.body()).getString("id");
    JsonObject longReason =
        assertProblem(
            intakes.act(
                "director-a",
                id,
                "attachments/" + attachment + "/withdrawal",
                Json.createObjectBuilder().add("reason", "错".repeat(1001)).build().toString()),
            422);
    assertThat(longReason.toString()).contains("\"reason\"");
    assertThat(listed("director-a", id)).hasSize(1);
  }

  @Test
  void onlyThoseWhoMaySeeTheCasesFilesReadThem() {
    String id = newCase();
    String attachment =
        Http.json(
                Files.upload(
                        http, "director-a", id, "x.png", "image/png", Files.picture("png"), "PHOTO")
                    .body())
            .getString("id");
    assertProblem(
        Files.upload(http, "director-b", id, "y.png", "image/png", Files.picture("png"), "PHOTO"),
        404);
    assertThat(download("director-b", id, attachment).statusCode()).isEqualTo(404);
    assertThat(download("stats1", id, attachment).statusCode()).isEqualTo(404);

    HttpResponse<String> referred =
        intakes.act(
            "director-a", id, "legal-aid-referrals", "{\"reason\": \"代理\", \"consent\": true}");
    assertThat(referred.statusCode()).as(referred.body()).isEqualTo(201);
    assertThat(download("legalaid1", id, attachment).statusCode()).isEqualTo(404);
    assertThat(listed("legalaid1", id)).isEmpty();

    String shared =
        Http.json(
                Files.upload(
                        http,
                        "director-a",
                        id,
                        "z.pdf",
                        "application/pdf",
                        Files.pdf(),
                        "COURT_RULING")
                    .body())
            .getString("id");
    HttpResponse<String> sharing =
        intakes.act(
            "director-a",
            id,
            "legal-aid-referrals",
            "{\"reason\": \"补充裁定书\", \"consent\": true, \"attachments\": [\"" + shared + "\"]}");
    assertThat(sharing.statusCode()).as(sharing.body()).isEqualTo(201);
    assertThat(download("legalaid1", id, shared).statusCode()).isEqualTo(200);
    assertThat(download("legalaid1", id, attachment).statusCode()).isEqualTo(404);
    assertThat(listed("legalaid1", id)).containsExactly(shared);
  }

  @Test
  void theBytesOnDiskAreNotThePlaintext() throws Exception {
    String id = newCase();
    byte[] png = Files.picture("png");
    String attachment =
        Http.json(Files.upload(http, "director-a", id, "p.png", "image/png", png, "PHOTO").body())
            .getString("id");
    Path stored =
        Path.of(System.getProperty("shouhu.test.attachments.dir"))
            .resolve(attachment.substring(0, 2))
            .resolve(attachment);
    byte[] onDisk = java.nio.file.Files.readAllBytes(stored);
    assertThat(onDisk).isNotEqualTo(png);
    assertThat(onDisk.length).isGreaterThan(png.length);
    assertThat(new String(onDisk, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("PNG")
        .doesNotContain("IHDR");
  }

  @Test
  void aWithdrawnFileLeavesTheListButNotTheAuditTrail() {
    String id = newCase();
    String attachment =
        Http.json(
                Files.upload(
                        http,
                        "director-a",
                        id,
                        "wrong.png",
                        "image/png",
                        Files.picture("png"),
                        "PHOTO")
                    .body())
            .getString("id");
    assertProblem(
        intakes.act("director-a", id, "attachments/" + attachment + "/withdrawal", "{}"), 422);
    HttpResponse<String> withdrawn =
        intakes.act(
            "director-a",
            id,
            "attachments/" + attachment + "/withdrawal",
            "{\"reason\": \"传错了个案\"}");
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(204);
    assertThat(listed("director-a", id)).isEmpty();
    assertThat(download("director-a", id, attachment).statusCode()).isEqualTo(404);
    String log =
        http.get(Http.API + "/audit?case=" + id + "&size=100", http.token("auditor1")).body();
    assertThat(log)
        .contains("ATTACHMENT_UPLOAD")
        .contains("ATTACHMENT_WITHDRAWAL")
        .contains(attachment);
  }
}
