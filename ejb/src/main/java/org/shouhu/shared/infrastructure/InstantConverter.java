package org.shouhu.shared.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Stores every {@link Instant} as its UTC date-time with microseconds ({@code DATETIME(6)}),
 * independent of the server's and the session's time zone. EclipseLink 4.0 has no mapping for
 * {@code Instant}. The value is bound as text: MySQL Connector/J drops fractional seconds when it
 * takes the server for MySQL before 5.6.4, which MariaDB 10.x appears to be ("5.5.5-10.x"); the
 * server itself parses the text with its microseconds. Read back, whatever the driver gives (a
 * date-time, a timestamp or text) is taken as UTC.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Object> {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

  @Override
  public Object convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : UTC.format(instant);
  }

  @Override
  public Instant convertToEntityAttribute(Object utc) {
    if (utc == null) {
      return null;
    }
    LocalDateTime dateTime;
    if (utc instanceof LocalDateTime value) {
      dateTime = value;
    } else if (utc instanceof Timestamp value) {
      dateTime = value.toLocalDateTime();
    } else {
      dateTime = LocalDateTime.parse(utc.toString().replace(' ', 'T'));
    }
    return dateTime.toInstant(ZoneOffset.UTC);
  }
}
