/** JPA repository of the tree and the reader of the tree file from configuration. */
package org.shouhu.directory.infrastructure;
