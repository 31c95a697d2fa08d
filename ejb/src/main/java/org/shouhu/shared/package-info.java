/** The shared kernel: what every bounded context speaks — roles, the caller, domain errors. */
package org.shouhu.shared;
