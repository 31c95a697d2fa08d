/** Legal aid over REST: referring a case. */
package org.shouhu.legalaid.rest;
