package org.shouhu.welfare.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shouhu.shared.application.Messages;
import org.shouhu.welfare.application.SettlementFiles;

/**
 * An institution's monthly settlement (Apache POI): the institution and its account, one row per
 * accepted claim — case number, item, sessions, out of pocket, amount — and the total; amounts are
 * numbers formatted {@code 0.00}.
 */
@ApplicationScoped
public class XlsxSettlementFiles implements SettlementFiles {

  @Override
  public byte[] write(
      String institution, String account, YearMonth month, List<Row> rows, BigDecimal total) {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet(month.toString());
      CellStyle money = book.createCellStyle();
      money.setDataFormat(book.createDataFormat().getFormat("0.00"));
      sheet.createRow(0).createCell(0).setCellValue(institution + "　" + month + " 康复救助结算");
      sheet.createRow(1).createCell(0).setCellValue("结算账户：" + (account == null ? "" : account));
      org.apache.poi.ss.usermodel.Row head = sheet.createRow(3);
      String[] names = {"个案编号", "救助项目", "训练次数", "个人自付（元）", "救助金额（元）"};
      for (int i = 0; i < names.length; i++) {
        head.createCell(i).setCellValue(names[i]);
      }
      int n = 4;
      for (Row r : rows) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(n++);
        row.createCell(0).setCellValue(r.caseNumber());
        row.createCell(1)
            .setCellValue(
                Messages.get(java.util.Locale.SIMPLIFIED_CHINESE, "rehabItem." + r.item()));
        if (r.sessions() != null) {
          row.createCell(2).setCellValue(r.sessions());
        }
        row.createCell(3).setCellValue(r.outOfPocket().doubleValue());
        row.getCell(3).setCellStyle(money);
        row.createCell(4).setCellValue(r.amount().doubleValue());
        row.getCell(4).setCellStyle(money);
      }
      org.apache.poi.ss.usermodel.Row sum = sheet.createRow(n);
      sum.createCell(0).setCellValue("合计");
      sum.createCell(1).setCellValue(rows.size() + " 笔");
      sum.createCell(4).setCellValue(total.doubleValue());
      sum.getCell(4).setCellStyle(money);
      for (int i = 0; i < names.length; i++) {
        sheet.setColumnWidth(i, 18 * 256);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the settlement", e);
    }
  }
}
