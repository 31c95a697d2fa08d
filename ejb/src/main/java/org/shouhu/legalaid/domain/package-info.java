/** The referral and its rules. */
package org.shouhu.legalaid.domain;
