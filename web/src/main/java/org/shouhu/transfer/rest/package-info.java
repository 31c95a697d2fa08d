/** Transfers over REST. */
package org.shouhu.transfer.rest;
