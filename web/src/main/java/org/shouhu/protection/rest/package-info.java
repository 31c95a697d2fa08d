/**
 * Protective work over REST (API.md "Child protection"): police notifications, assessments and
 * their review, the instruments, placements and the case plan, each under its case.
 */
package org.shouhu.protection.rest;
