/**
 * Integration tests: the real EAR on the provisioned WildFly, MariaDB through Connector/J, tokens
 * from Keycloak's dev realm. Client-mode (testable = false): they speak HTTP as any client does.
 */
package org.shouhu.it;
