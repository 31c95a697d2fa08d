package org.shouhu.casework.application;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.tika.Tika;
import org.shouhu.casework.domain.Attachment;

/**
 * What a file is, by its content and never by its name (Apache Tika's magic-byte detection); its
 * SHA-256; and the thumbnail of an image, decoded at a reduced resolution so that no picture,
 * however large it claims to be, can exhaust the server's memory.
 */
public final class FileContents {

  /** The longest side of a thumbnail, in pixels. */
  public static final int THUMBNAIL = 240;

  /** The largest picture a thumbnail is made of (a photo of a 100-megapixel camera is half). */
  static final long MAX_PIXELS = 200_000_000L;

  private static final Tika TIKA = new Tika();

  private FileContents() {}

  /**
   * An uploaded file's bytes, read up to one byte past {@link Attachment#MAX_BYTES} and no further:
   * enough for the upload to be refused (413) without holding the rest in memory.
   */
  public static byte[] read(InputStream in) {
    try (in) {
      return in.readNBytes((int) Attachment.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The media type the bytes are, e.g. {@code application/pdf}. */
  public static String typeOf(byte[] bytes) {
    return TIKA.detect(bytes);
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A PNG of at most {@link #THUMBNAIL} pixels a side; empty when the image does not decode. */
  public static Optional<byte[]> thumbnail(byte[] image) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if ((long) width * height > MAX_PIXELS) {
          return Optional.empty(); // decoding even at a reduced size would take minutes
        }
        int step = Math.max(1, Math.max(width, height) / (2 * THUMBNAIL));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage decoded = reader.read(0, param);
        double scale =
            Math.min(1.0, (double) THUMBNAIL / Math.max(decoded.getWidth(), decoded.getHeight()));
        int w = Math.max(1, (int) Math.round(decoded.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(decoded.getHeight() * scale));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(
            RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(decoded, 0, 0, w, h, null);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(small, "png", png);
        return Optional.of(png.toByteArray());
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
