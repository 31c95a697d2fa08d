/** JPA repositories of casework: scoped queries, the gap-free case-number counter, idempotency. */
package org.shouhu.casework.infrastructure;
