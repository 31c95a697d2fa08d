package org.shouhu.it;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;

/** Files for the attachment tests, and their upload as multipart/form-data. */
final class Files {

  private Files() {}

  /** A small picture of a bruise-coloured square, as PNG or JPEG. */
  static byte[] picture(String format) {
    BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(90, 60, 140));
    g.fillRect(0, 0, 640, 480);
    g.setColor(Color.WHITE);
    g.drawString("Shouhu " + UUID.randomUUID(), 20, 240);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A one-page PDF (the smallest a reader opens). */
  static byte[] pdf() {
    String body =
        "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
            + "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]>> endobj\n"
            + "trailer <</Root 1 0 R>>\n%%EOF\n";
    return body.getBytes(StandardCharsets.US_ASCII);
  }

  /** The start of a Windows executable, whatever name it is given. */
  static byte[] executable() {
    byte[] bytes = new byte[4096];
    bytes[0] = 'M';
    bytes[1] = 'Z';
    bytes[0x3c] = (byte) 0x80;
    bytes[0x80] = 'P';
    bytes[0x81] = 'E';
    return bytes;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Uploads {@code bytes} as {@code name} (declared {@code type}) with a label. */
  static HttpResponse<String> upload(
      Http http, String user, String caseId, String name, String type, byte[] bytes, String label) {
    return post(http, user, caseId, Map.of("label", label), name, type, bytes);
  }

  /** Posts the upload form: {@code fields}, and the file unless {@code name} is null. */
  static HttpResponse<String> post(
      Http http,
      String user,
      String caseId,
      Map<String, String> fields,
      String name,
      String type,
      byte[] bytes) {
    String boundary = "----shouhu" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(
        (field, value) ->
            write(
                body,
                "--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + field
                    + "\"\r\n\r\n" // UTF-8, undeclared, as browsers and curl send it
                    + value
                    + "\r\n"));
    if (name != null) {
      write(
          body,
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
              + name
              + "\"\r\nContent-Type: "
              + type
              + "\r\n\r\n");
      body.writeBytes(bytes);
      write(body, "\r\n");
    }
    write(body, "--" + boundary + "--\r\n");
    return http.send(
        HttpRequest.newBuilder(URI.create(Http.API + "/cases/" + caseId + "/attachments"))
            .header("Authorization", "Bearer " + http.token(user))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .version(HttpClient.Version.HTTP_1_1) // as curl and browsers send a form
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
