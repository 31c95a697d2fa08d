package org.shouhu.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A year's published release (年度监测数据发布), frozen: from its publication on, the year's indicators are
 * answered from it, whatever later corrections to cases change. Publishing again is a new version,
 * with what changed listed. {@code content} holds only what was published — the protected values of
 * the district's answer and every street's — never a count behind a "<5".
 */
@Entity
@Table(name = "indicator_release")
public class IndicatorRelease {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "release_year", nullable = false)
  private int year;

  @Column(name = "version", nullable = false)
  private int version;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @Column(name = "published_by", nullable = false)
  private String publishedBy;

  @Column(name = "content", nullable = false, length = 16_777_215)
  private String content;

  @Column(name = "differences", nullable = false, length = 16_777_215)
  private String differences;

  protected IndicatorRelease() {}

  public IndicatorRelease(
      int year,
      int version,
      Instant publishedAt,
      String publishedBy,
      String content,
      String differences) {
    if (version < 1) {
      throw new IllegalArgumentException("versions count from 1");
    }
    this.id = UUID.randomUUID().toString();
    this.year = year;
    this.version = version;
    this.publishedAt = publishedAt;
    this.publishedBy = publishedBy;
    this.content = content;
    this.differences = differences;
  }

  public int year() {
    return year;
  }

  public int version() {
    return version;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public String publishedBy() {
    return publishedBy;
  }

  public String content() {
    return content;
  }

  public String differences() {
    return differences;
  }
}
