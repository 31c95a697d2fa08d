/**
 * Welfare (DOMAIN.md §2.3): the support files of orphans and de-facto unattended children — who
 * qualifies and why not, the months a file is paid for, the dated allowance standards and what a
 * month pays. Pure rules, tested without a container.
 */
package org.shouhu.welfare.domain;
