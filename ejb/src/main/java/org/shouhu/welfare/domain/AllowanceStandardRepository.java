package org.shouhu.welfare.domain;

import java.util.List;

/** The dated table of allowance standards: rows are added, never edited. */
public interface AllowanceStandardRepository {

  /** Every standard, by category and month. */
  List<AllowanceStandard> all();

  /** Adds a standard; the same category and month twice is a conflict (409). */
  void add(AllowanceStandard standard, String by);
}
