/**
 * The authenticated caller, messages, user preferences, code lists, the mail queue, and the refusal
 * logging every use case shares ({@code @Audited}, {@code AccessRefused}).
 */
package org.shouhu.shared.application;
