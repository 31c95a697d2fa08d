/** Persistence of protective work, and the assessment instruments read from {@code config/}. */
package org.shouhu.protection.infrastructure;
