/** Idempotency keys in JPA, and their nightly sweep. */
package org.shouhu.intake.infrastructure;
