/**
 * The case and its rules: kinds and categories, the transition table, closure approval, case
 * numbers, resident ID numbers. Plain Java with JPA mapping annotations; no framework calls.
 */
package org.shouhu.casework.domain;
