package org.shouhu.shared.infrastructure;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.shouhu.shared.domain.UnavailableException;

/**
 * A4 pages written top to bottom (Apache PDFBox) in Chinese, the CJK font embedded as a subset:
 * lines that wrap at the margin, centred titles, tables and pictures, a new page when one is full.
 * The font is {@code SHOUHU_PDF_FONT} (a {@code .ttf}, or a {@code .ttc} whose first font is
 * taken), else the first of the system fonts Debian's {@code fonts-wqy-microhei}, {@code
 * fonts-wqy-zenhei} or {@code fonts-arphic-gbsn00lp} install; without any, 503 saying what to
 * install. A character the font lacks (a rare name) prints as □.
 */
public final class PdfPages implements AutoCloseable {

  public static final List<String> SYSTEM_FONTS =
      List.of(
          "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
          "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
          "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf");

  public static final float MARGIN = 64;
  public static final float BODY = 12;
  private static final float LEADING = 1.75f;

  /** The font file to print with: the configured one, else a system font; else 503. */
  public static Path fontFile(Optional<String> configured) {
    return configured
        .filter(f -> !f.isBlank())
        .map(Path::of)
        .or(() -> SYSTEM_FONTS.stream().map(Path::of).filter(Files::isReadable).findFirst())
        .filter(Files::isReadable)
        .orElseThrow(() -> new UnavailableException("pdf.noFont"));
  }

  private final PDDocument doc = new PDDocument();
  private final TrueTypeCollection collection;
  private final PDFont font;
  private PDPageContentStream stream;
  private float y;

  /** A new document printing with {@code fontFile}; its first page open. */
  public PdfPages(Path fontFile) {
    try {
      if (fontFile.toString().endsWith(".ttc")) {
        collection = new TrueTypeCollection(fontFile.toFile());
        AtomicReference<TrueTypeFont> first = new AtomicReference<>();
        collection.processAllFonts(ttf -> first.compareAndSet(null, ttf));
        font = PDType0Font.load(doc, first.get(), true);
      } else {
        collection = null;
        font = PDType0Font.load(doc, fontFile.toFile());
      }
      next();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot print with " + fontFile, e);
    }
  }

  /** The width between the margins. */
  public static float width() {
    return PDRectangle.A4.getWidth() - 2 * MARGIN;
  }

  /** Starts a new page. */
  public void next() throws IOException {
    if (stream != null) {
      stream.close();
    }
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    stream = new PDPageContentStream(doc, page);
    y = PDRectangle.A4.getHeight() - MARGIN;
  }

  public void centred(String text, float size) throws IOException {
    String shown = printable(text);
    float width = font.getStringWidth(shown) / 1000 * size;
    line(shown, size, (PDRectangle.A4.getWidth() - width) / 2);
  }

  /** Text in the body size, wrapped at the margins; "\n" starts a new line. */
  public void text(String text) throws IOException {
    text(text, BODY);
  }

  public void text(String text, float size) throws IOException {
    for (String paragraph : printable(text).split("\n")) {
      for (String line : wrap(paragraph, width(), size)) {
        line(line, size, MARGIN);
      }
    }
  }

  public void gap() {
    y -= BODY;
  }

  /**
   * A table: {@code widths} are the columns' shares of the width, the first row is the head (drawn
   * on a grey band, repeated on a new page); a cell wraps within its column.
   */
  public void table(float[] widths, List<List<String>> rows, float size) throws IOException {
    float total = 0;
    for (float w : widths) {
      total += w;
    }
    float[] columns = new float[widths.length];
    for (int i = 0; i < widths.length; i++) {
      columns[i] = widths[i] / total * width();
    }
    y -= size / 2;
    for (int r = 0; r < rows.size(); r++) {
      List<List<String>> cells = wrapped(columns, rows.get(r), size);
      if (y - height(cells, size) < MARGIN) {
        next();
        if (r > 0) {
          List<List<String>> head = wrapped(columns, rows.get(0), size);
          row(columns, head, height(head, size), size, true);
        }
      }
      row(columns, cells, height(cells, size), size, r == 0);
    }
    y -= size / 2;
  }

  /** A row's cells, each wrapped within its column. */
  private List<List<String>> wrapped(float[] columns, List<String> row, float size)
      throws IOException {
    List<List<String>> cells = new ArrayList<>();
    for (int c = 0; c < columns.length; c++) {
      String text = c < row.size() && row.get(c) != null ? row.get(c) : "";
      cells.add(wrap(printable(text), columns[c] - 4, size));
    }
    return cells;
  }

  private static float height(List<List<String>> cells, float size) {
    int lines = cells.stream().mapToInt(List::size).max().orElse(1);
    return lines * size * 1.4f + 4;
  }

  private void row(
      float[] columns, List<List<String>> cells, float height, float size, boolean shaded)
      throws IOException {
    if (shaded) {
      stream.setNonStrokingColor(0.92f, 0.92f, 0.92f);
      stream.addRect(MARGIN, y - height, width(), height);
      stream.fill();
      stream.setNonStrokingColor(0f, 0f, 0f);
    }
    float x = MARGIN;
    for (int c = 0; c < columns.length; c++) {
      float lineY = y - size - 2;
      for (String line : cells.get(c)) {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x + 2, lineY);
        stream.showText(line);
        stream.endText();
        lineY -= size * 1.4f;
      }
      x += columns[c];
    }
    stream.setStrokingColor(0.75f, 0.75f, 0.75f);
    stream.setLineWidth(0.5f);
    stream.moveTo(MARGIN, y - height);
    stream.lineTo(MARGIN + width(), y - height);
    stream.stroke();
    y -= height;
  }

  /** A picture (a chart) across {@code width} points, its height kept in proportion. */
  public void image(BufferedImage picture, float width) throws IOException {
    float height = width * picture.getHeight() / picture.getWidth();
    y -= BODY / 2;
    if (y - height < MARGIN) {
      next();
    }
    PDImageXObject image = LosslessFactory.createFromImage(doc, picture);
    y -= height;
    stream.drawImage(image, MARGIN, y, width, height);
    y -= BODY / 2;
  }

  /** The document as bytes; the font's subset embedded. */
  public byte[] save() throws IOException {
    stream.close();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  @Override
  public void close() throws IOException {
    doc.close();
    if (collection != null) {
      collection.close();
    }
  }

  private void line(String text, float size, float x) throws IOException {
    if (y - size * LEADING < MARGIN) {
      next();
    }
    y -= size * LEADING;
    stream.beginText();
    stream.setFont(font, size);
    stream.newLineAtOffset(x, y);
    stream.showText(text);
    stream.endText();
  }

  private List<String> wrap(String text, float width, float size) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      if (!line.isEmpty() && font.getStringWidth(line + ch) / 1000 * size > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(ch);
      i += Character.charCount(cp);
    }
    lines.add(line.toString());
    return lines;
  }

  /** The text with every character the font cannot show replaced by □. */
  private String printable(String text) {
    StringBuilder shown = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              String ch = new String(Character.toChars(cp));
              if (cp == '\n') {
                shown.append(ch);
                return;
              }
              try {
                font.encode(ch);
                shown.append(Character.isISOControl(cp) ? " " : ch);
              } catch (IOException | IllegalArgumentException e) {
                shown.append('□');
              }
            });
    return shown.toString();
  }
}
