/**
 * The case and its rules: the lifecycle ({@code Case}), who may do what ({@code CasePermissions}),
 * the deadline engine, who sees what ({@code WhoSeesWhat}), kinds and categories, case numbers,
 * resident ID numbers. Plain Java with JPA mapping annotations; no framework calls.
 */
package org.shouhu.casework.domain;
