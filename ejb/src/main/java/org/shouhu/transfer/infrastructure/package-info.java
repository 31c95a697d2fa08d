/** Stored transfers. */
package org.shouhu.transfer.infrastructure;
