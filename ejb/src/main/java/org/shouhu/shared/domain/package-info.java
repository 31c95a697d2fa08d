/**
 * Domain types every context uses: realm roles and the base of all domain exceptions (which carry a
 * message key, never a translated text).
 */
package org.shouhu.shared.domain;
