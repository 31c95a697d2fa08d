/**
 * Use cases of casework (reading and searching, the lifecycle, visits, break-glass, escalation),
 * each a transaction scoped to what the caller may see, answering with the read model ({@link
 * org.shouhu.casework.application.CaseSheet}).
 */
package org.shouhu.casework.application;
