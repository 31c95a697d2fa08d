/**
 * The jurisdiction tree as the domain sees it: codes, levels, nesting and the rules a tree file
 * must satisfy. No framework code beyond JPA mapping annotations.
 */
package org.shouhu.directory.domain;
