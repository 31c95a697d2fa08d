/** JPA storage of entries and of the chain's head. */
package org.shouhu.audit.infrastructure;
