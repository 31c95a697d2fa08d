package org.shouhu.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.shouhu.monitoring.application.AnnualReports;
import org.shouhu.monitoring.application.IndicatorReport;
import org.shouhu.monitoring.application.IndicatorReportWriter;
import org.shouhu.shared.infrastructure.PdfPages;

/**
 * The annual report as files: a PDF ({@link PdfPages}, the CJK font embedded) with its charts drawn
 * on the server by JFreeChart in the same font — without it Chinese labels would be boxes — and an
 * Excel workbook (Apache POI), one sheet per plan section. Counts and rates are numbers in the
 * workbook (a rate formatted as a percentage), "&lt;5" and "x" text, as the API publishes them.
 */
@ApplicationScoped
public class IndicatorReportFiles implements IndicatorReportWriter {

  private static final float SMALL = 9;
  private static final Color RED = new Color(0xb7, 0x1c, 0x1c);
  private static final Color BLUE = new Color(0x15, 0x65, 0xc0);

  @Inject
  @ConfigProperty(name = "shouhu.pdf.font")
  Optional<String> configured;

  /** The charts' font, read once per font file. */
  private static final ConcurrentHashMap<Path, Font> FONTS = new ConcurrentHashMap<>();

  // ------------------------------------------------------------------ PDF

  @Override
  public byte[] pdf(IndicatorReport report) {
    Path fontFile = PdfPages.fontFile(configured);
    try (PdfPages page = new PdfPages(fontFile)) {
      Font font = chartFont(fontFile);
      page.centred(report.title(), 18);
      page.centred(report.district(), 14);
      page.gap();
      for (String line : report.about()) {
        page.text(line, 10);
      }
      page.gap();
      page.table(new float[] {4, 3, 1.3f, 1.2f, 1.6f}, report.summary(), SMALL);
      for (IndicatorReport.Section section : report.sections()) {
        page.next();
        page.text(section.name(), 16);
        for (IndicatorReport.Part part : section.parts()) {
          page.gap();
          page.text(part.heading(), 13);
          IndicatorReport.Words w = report.words();
          page.text(w.plan() + w.colon() + part.plan(), 10);
          page.text(
              w.total()
                  + w.colon()
                  + dash(part.total())
                  + w.separator()
                  + w.target()
                  + w.colon()
                  + dash(part.target())
                  + w.separator()
                  + w.status()
                  + w.colon()
                  + part.status(),
              10);
          if (part.statusRule() != null) {
            page.text(part.statusRule(), 10);
          }
          if (part.trend() != null && part.trend().values().stream().anyMatch(v -> v != null)) {
            page.image(trend(part.trend(), w, font), PdfPages.width() * 0.8f);
          }
          if (!part.rows().isEmpty()) {
            float[] widths = new float[part.head().size()];
            java.util.Arrays.fill(widths, 1);
            page.table(
                widths,
                java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(part.head()),
                        part.rows().stream().map(IndicatorReportFiles::dashes))
                    .toList(),
                SMALL);
          }
          if (part.bars() != null) {
            page.image(bars(part.bars(), font), PdfPages.width() * 0.8f);
          }
        }
      }
      return page.save();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot print the annual report", e);
    }
  }

  private static List<String> dashes(List<String> row) {
    return row.stream().map(IndicatorReportFiles::dash).toList();
  }

  private static String dash(String value) {
    return value == null ? "—" : value;
  }

  private static Font chartFont(Path file) {
    return FONTS.computeIfAbsent(
        file,
        f -> {
          try {
            return Font.createFonts(f.toFile())[0];
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (FontFormatException e) {
            throw new IllegalStateException("not a font: " + f, e);
          }
        });
  }

  private static void theme(JFreeChart chart, Font font) {
    StandardChartTheme theme = new StandardChartTheme("Shouhu");
    theme.setExtraLargeFont(font.deriveFont(Font.BOLD, 22f));
    theme.setLargeFont(font.deriveFont(18f));
    theme.setRegularFont(font.deriveFont(16f));
    theme.setSmallFont(font.deriveFont(14f));
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    theme.setBarPainter(new StandardBarPainter());
    theme.setShadowVisible(false);
    theme.apply(chart);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
  }

  /** The published totals by year as a line (a hidden year a gap), the target dashed. */
  static BufferedImage trend(IndicatorReport.Chart c, IndicatorReport.Words w, Font font) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < c.labels().size(); i++) {
      data.addValue(c.values().get(i), w.total(), c.labels().get(i));
    }
    JFreeChart chart =
        ChartFactory.createLineChart(
            c.title(), w.year(), "%", data, PlotOrientation.VERTICAL, true, false, false);
    theme(chart, font);
    CategoryPlot plot = chart.getCategoryPlot();
    LineAndShapeRenderer line = (LineAndShapeRenderer) plot.getRenderer();
    line.setSeriesPaint(0, RED);
    line.setSeriesStroke(0, new BasicStroke(3f));
    line.setDefaultShapesVisible(true);
    if (c.target() != null) {
      ValueMarker target = new ValueMarker(c.target().doubleValue());
      target.setPaint(BLUE);
      target.setStroke(
          new BasicStroke(
              2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {12f, 8f}, 0f));
      target.setLabel(w.target() + " " + c.target().stripTrailingZeros().toPlainString() + "%");
      target.setLabelFont(font.deriveFont(14f));
      target.setLabelPaint(BLUE);
      target.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
      target.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
      plot.addRangeMarker(target);
      double top = c.target().doubleValue();
      for (BigDecimal v : c.values()) {
        top = v == null ? top : Math.max(top, v.doubleValue());
      }
      plot.getRangeAxis().setRange(0, top * 1.1 + 1);
    }
    return chart.createBufferedImage(1000, 480);
  }

  /** The published cells as horizontal bars (never a hidden one). */
  static BufferedImage bars(IndicatorReport.Chart c, Font font) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < c.labels().size(); i++) {
      data.addValue(c.values().get(i), "", c.labels().get(i));
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            c.title(), null, null, data, PlotOrientation.HORIZONTAL, false, false, false);
    theme(chart, font);
    BarRenderer bar = (BarRenderer) chart.getCategoryPlot().getRenderer();
    bar.setSeriesPaint(0, BLUE);
    bar.setMaximumBarWidth(0.08);
    return chart.createBufferedImage(1000, Math.min(1400, 140 + 44 * c.labels().size()));
  }

  // ------------------------------------------------------------------ Excel

  @Override
  public byte[] xlsx(IndicatorReport report) {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Styles styles = new Styles(book);
      for (IndicatorReport.Section section : report.sections()) {
        Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(section.name()));
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        for (int c = 2; c < 6; c++) {
          sheet.setColumnWidth(c, 14 * 256);
        }
        Sheets rows = new Sheets(sheet);
        rows.next().text(report.title() + " — " + section.name(), styles.title);
        rows.next().text(report.district(), null);
        for (String line : report.about()) {
          rows.next().text(line, null);
        }
        IndicatorReport.Words w = report.words();
        for (IndicatorReport.Part part : section.parts()) {
          rows.next();
          rows.next().text(part.code(), styles.bold).text(part.name(), styles.bold);
          rows.next().text(w.plan(), null).text(part.plan(), null);
          rows.next().text(w.total(), null).value(part.total(), styles);
          rows.next().text(w.target(), null).text(part.target(), null);
          rows.next().text(w.status(), null).text(part.status(), null);
          if (part.statusRule() != null) {
            rows.next().text("", null).text(part.statusRule(), null);
          }
          if (!part.rows().isEmpty()) {
            Sheets head = rows.next();
            part.head().forEach(h -> head.text(h, styles.head));
            for (List<String> cells : part.rows()) {
              Sheets row = rows.next();
              for (int i = 0; i < cells.size() - 1; i++) {
                row.text(cells.get(i), null);
              }
              row.value(cells.get(cells.size() - 1), styles);
            }
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the annual report", e);
    }
  }

  /** The workbook's styles, made once per workbook. */
  private static final class Styles {
    final CellStyle title;
    final CellStyle bold;
    final CellStyle head;
    final CellStyle count;
    final CellStyle money;
    final CellStyle rate;
    final CellStyle hidden;

    Styles(XSSFWorkbook book) {
      XSSFFont big = book.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      title = book.createCellStyle();
      title.setFont(big);
      XSSFFont strong = book.createFont();
      strong.setBold(true);
      bold = book.createCellStyle();
      bold.setFont(strong);
      head = book.createCellStyle();
      head.setFont(strong);
      head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      head.setBorderBottom(BorderStyle.THIN);
      count = book.createCellStyle();
      count.setDataFormat(book.createDataFormat().getFormat("0"));
      money = book.createCellStyle();
      money.setDataFormat(book.createDataFormat().getFormat("0.00"));
      rate = book.createCellStyle();
      rate.setDataFormat(book.createDataFormat().getFormat("0.0%"));
      hidden = book.createCellStyle();
      hidden.setAlignment(HorizontalAlignment.RIGHT);
    }
  }

  /** Writes a sheet row by row, cell after cell. */
  private static final class Sheets {
    private final Sheet sheet;
    private Row row;
    private int rowNumber = -1;
    private int column;

    Sheets(Sheet sheet) {
      this.sheet = sheet;
    }

    Sheets next() {
      row = sheet.createRow(++rowNumber);
      column = 0;
      return this;
    }

    Sheets text(String text, CellStyle style) {
      Cell cell = row.createCell(column++);
      cell.setCellValue(text == null ? "" : text);
      if (style != null) {
        cell.setCellStyle(style);
      }
      return this;
    }

    /**
     * A published value: a count as a number, a mean in yuan to the fen, a rate as a number
     * formatted as a percentage, "&lt;5" and "x" as text; nothing (a rate with nothing to count)
     * left empty.
     */
    Sheets value(String published, Styles styles) {
      Cell cell = row.createCell(column++);
      if (published == null) {
        return this;
      }
      BigDecimal v = AnnualReports.number(published);
      if (v == null) {
        cell.setCellValue(published);
        cell.setCellStyle(styles.hidden);
      } else if (published.endsWith("%")) {
        cell.setCellValue(v.movePointLeft(2).doubleValue());
        cell.setCellStyle(styles.rate);
      } else {
        cell.setCellValue(v.doubleValue());
        cell.setCellStyle(published.contains(".") ? styles.money : styles.count);
      }
      return this;
    }
  }
}
