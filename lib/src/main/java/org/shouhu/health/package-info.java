/**
 * Readiness checks (MicroProfile Health) for what Shouhu cannot work without: its database and its
 * identity provider. They live in an EAR library jar because WildFly ignores checks inside an EAR's
 * modules.
 */
package org.shouhu.health;
