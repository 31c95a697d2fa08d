/** JPA repositories of casework: scoped queries, the gap-free case-number counter, the quotas. */
package org.shouhu.casework.infrastructure;
