/** {@code POST /api/v1/intakes} and its JSON (API.md "Intake"). */
package org.shouhu.intake.rest;
