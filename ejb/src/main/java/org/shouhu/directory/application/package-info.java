/**
 * Use cases of the directory: reading the tree and replacing it from its configured source.
 * Transaction boundaries live here.
 */
package org.shouhu.directory.application;
