/**
 * The access log (访问日志): every read, search, write and refused attempt on a case, without personal
 * data, append-only and tamper-evident (a keyed hash chain sealed after commit).
 */
package org.shouhu.audit;
