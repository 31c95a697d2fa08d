/** JPA repository of referrals. */
package org.shouhu.legalaid.infrastructure;
