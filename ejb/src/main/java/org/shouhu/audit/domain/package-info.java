/** Log entries, the chain that seals them, and its verification. */
package org.shouhu.audit.domain;
