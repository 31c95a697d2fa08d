/**
 * Legal aid (法律援助): referrals of cases to the legal aid centre, and what its officers may see of a
 * referred case (never the reporter).
 */
package org.shouhu.legalaid;
