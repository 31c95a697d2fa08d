/**
 * Jakarta Validation constraints of Shouhu's commands — enum values with their list, free text, RFC
 * 3339 times, dates, names, phones, node codes — with their messages in {@code
 * ValidationMessages*.properties}.
 */
package org.shouhu.shared.application.validation;
