/** REST resources of the access log: entries and chain verification (auditors), notices. */
package org.shouhu.audit.rest;
