/**
 * Protection (保护): what the protective case kinds do beyond the common lifecycle — for child
 * protection the police notice, safety and risk assessments with their review, placements and
 * temporary guardianship, the case plan; later domestic violence's warnings, orders and shelters.
 */
package org.shouhu.protection;
