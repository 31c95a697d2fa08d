/** Transfers on the case page and the worklist. */
package org.shouhu.transfer.web;
