/** Legal aid in the browser: the referral part of the case page. */
package org.shouhu.legalaid.web;
