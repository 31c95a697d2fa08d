package org.shouhu.shared.application;

/**
 * An attempt that was refused: {@code outcome} NOT_FOUND (absent or out of scope), FORBIDDEN or
 * RATE_LIMITED. The access log observes it and keeps it even though the request's own work rolls
 * back; {@code record} may be null (an intake, a list).
 */
public record AccessRefused(String action, String record, String outcome) {}
