/**
 * The shared kernel every context uses: realm roles, the caller as rules see her, jurisdiction
 * codes, Beijing time, masking, code lists, and the domain exceptions (message keys, never texts).
 */
package org.shouhu.shared.domain;
