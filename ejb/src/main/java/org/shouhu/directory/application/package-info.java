/**
 * Use cases of the directory: reading the tree and replacing it from its configured source; the
 * staff directory and its synchronisation from Keycloak. Transaction boundaries live here.
 */
package org.shouhu.directory.application;
