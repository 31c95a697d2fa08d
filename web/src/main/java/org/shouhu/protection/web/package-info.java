/** Protective work on the case page and the review list: the backing beans behind the includes. */
package org.shouhu.protection.web;
