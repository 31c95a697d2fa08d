/**
 * Use cases of casework (intake, lifecycle, assignment, referral, reading and searching), each a
 * transaction scoped to what the caller may see.
 */
package org.shouhu.casework.application;
