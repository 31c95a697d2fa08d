package org.shouhu.welfare.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import org.shouhu.welfare.domain.AllowanceCategory;
import org.shouhu.welfare.domain.AllowanceStandard;

/** A row of the allowance standards' table, with who added it and when. */
@Entity
@Table(name = "allowance_standard")
public class AllowanceStandardEntry {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 24)
  private AllowanceCategory category;

  @Column(name = "monthly", nullable = false, precision = 10, scale = 2)
  private BigDecimal monthly;

  @Column(name = "from_month", nullable = false, length = 7)
  private String fromMonth;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected AllowanceStandardEntry() {}

  AllowanceStandardEntry(AllowanceStandard s, String by) {
    id = UUID.randomUUID().toString();
    category = s.category();
    monthly = s.monthly();
    fromMonth = s.from().toString();
    createdBy = by;
    createdAt = Instant.now();
  }

  AllowanceStandard standard() {
    return new AllowanceStandard(category, monthly, YearMonth.parse(fromMonth));
  }
}
