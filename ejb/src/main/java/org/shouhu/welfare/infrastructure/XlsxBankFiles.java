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
import org.shouhu.welfare.application.BankFiles;

/**
 * A run's bank file (Apache POI): one row per payee — case number, payee, account (as text, so that
 * no digit is lost), amount — and the total; amounts are numbers formatted {@code 0.00}.
 */
@ApplicationScoped
public class XlsxBankFiles implements BankFiles {

  @Override
  public byte[] write(YearMonth month, List<Row> items, BigDecimal total) {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet(month.toString());
      CellStyle money = book.createCellStyle();
      money.setDataFormat(book.createDataFormat().getFormat("0.00"));
      CellStyle text = book.createCellStyle();
      text.setDataFormat(book.createDataFormat().getFormat("@"));
      org.apache.poi.ss.usermodel.Row head = sheet.createRow(0);
      String[] names = {"个案编号", "收款人", "账号", "金额（元）"};
      for (int i = 0; i < names.length; i++) {
        head.createCell(i).setCellValue(names[i]);
      }
      int n = 1;
      for (Row item : items) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(n++);
        row.createCell(0).setCellValue(item.caseNumber());
        row.createCell(1).setCellValue(item.payee());
        row.createCell(2).setCellValue(item.account());
        row.getCell(2).setCellStyle(text);
        row.createCell(3).setCellValue(item.amount().doubleValue());
        row.getCell(3).setCellStyle(money);
      }
      org.apache.poi.ss.usermodel.Row sum = sheet.createRow(n);
      sum.createCell(0).setCellValue("合计");
      sum.createCell(1).setCellValue(items.size() + " 人");
      sum.createCell(3).setCellValue(total.doubleValue());
      sum.getCell(3).setCellStyle(money);
      sheet.setColumnWidth(0, 18 * 256);
      sheet.setColumnWidth(1, 16 * 256);
      sheet.setColumnWidth(2, 26 * 256);
      sheet.setColumnWidth(3, 14 * 256);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the bank file", e);
    }
  }
}
