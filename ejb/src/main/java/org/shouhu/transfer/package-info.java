/**
 * Transfers (转移): a case moving to another community when its family moves — asked for by the
 * case's handlers, accepted or rejected by the receiving community's director or its street's
 * supervisor.
 */
package org.shouhu.transfer;
