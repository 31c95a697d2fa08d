package org.shouhu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shouhu.monitoring.domain.Indicator;
import org.shouhu.monitoring.infrastructure.SqlIndicatorCounts;

/**
 * B5's baseline: the aggregation behind {@code GET /api/v1/indicators?year=} as plain JDBC on the
 * same database — the very GROUP BY statements Shouhu's {@code SqlIndicatorCounts} holds, one per
 * indicator of the year, and for the indicators with a target the earlier plan years their status
 * looks back to (as Shouhu counts them when a year is not published). What Shouhu adds on top is
 * what B5 measures: the token, the small-cell protection, the statuses, JSON, the access log.
 */
final class IndicatorBaseline implements AutoCloseable {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final Pattern PARAMETER = Pattern.compile("\\?(\\d)");

  /** A statement as JDBC takes it: plain ? marks, and which period bound each one is. */
  private record Statement(String code, String sql, List<Integer> bounds, String period) {}

  private final Connection db;
  private final List<Statement> statements = new ArrayList<>();
  private final List<Indicator> targeted = new ArrayList<>();

  IndicatorBaseline(String url, String user, String password, Path catalogue)
      throws SQLException, java.io.IOException {
    db = DriverManager.getConnection(url, user, password);
    for (Indicator i : Indicator.parse(Files.readAllLines(catalogue))) {
      String sql = SqlIndicatorCounts.statement(i.code());
      Matcher m = PARAMETER.matcher(sql);
      List<Integer> bounds = new ArrayList<>();
      while (m.find()) {
        bounds.add(Integer.parseInt(m.group(1)));
      }
      statements.add(
          new Statement(
              i.code(), m.replaceAll("?"), bounds, SqlIndicatorCounts.periodOf(i.code())));
      if (i.target() != null) {
        targeted.add(i);
      }
    }
  }

  /** The year's counts, and the earlier plan years' for the targeted; the rows read. */
  long year(int year) throws SQLException {
    long rows = 0;
    for (Statement s : statements) {
      rows += count(s, year);
    }
    for (int earlier = Math.max(2021, year - 9); earlier < year; earlier++) {
      for (Statement s : statements) {
        if (targeted.stream().anyMatch(i -> i.code().equals(s.code()))) {
          rows += count(s, earlier);
        }
      }
    }
    return rows;
  }

  private long count(Statement s, int year) throws SQLException {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate end = first.plusYears(1);
    long rows = 0;
    try (PreparedStatement p = db.prepareStatement(s.sql())) {
      for (int i = 0; i < s.bounds().size(); i++) {
        LocalDate day = s.bounds().get(i) == 1 ? first : end;
        if (s.period().equals("DATES")) {
          p.setObject(i + 1, day);
        } else {
          Instant at = day.atStartOfDay(BEIJING).toInstant();
          p.setString(i + 1, Codec.time(at));
        }
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          rows++;
        }
      }
    }
    return rows;
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
