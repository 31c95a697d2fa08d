/** Pages of the access log: the auditor's viewer with chain verification. */
package org.shouhu.audit.web;
