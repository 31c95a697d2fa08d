/** Writing entries from every use case, sealing them, reading and verifying the log. */
package org.shouhu.audit.application;
