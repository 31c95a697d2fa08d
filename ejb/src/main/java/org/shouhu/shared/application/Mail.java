package org.shouhu.shared.application;

/**
 * A mail to queue: one recipient, already in her language. {@code reason} says why it was sent
 * (URGENT_REPORT, OVERDUE, POSSIBLE_DUPLICATE); {@code caseId} the case it is about, if any.
 */
public record Mail(String recipient, String subject, String body, String reason, String caseId) {}
