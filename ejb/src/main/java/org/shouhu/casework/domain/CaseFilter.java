package org.shouhu.casework.domain;

/** Filters of the case list; null means any. {@code caseNumber} matches exactly. */
public record CaseFilter(CaseKind kind, CaseStatus status, String caseNumber) {}
