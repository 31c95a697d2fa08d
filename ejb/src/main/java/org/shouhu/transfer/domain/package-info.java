/** The transfer and its rules. */
package org.shouhu.transfer.domain;
