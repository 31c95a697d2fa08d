/** Asking for a transfer, the receiver's list and decision, and the case's transfers. */
package org.shouhu.transfer.application;
