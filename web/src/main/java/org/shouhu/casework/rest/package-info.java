/**
 * REST resources of casework: intake ({@code /api/v1/intakes}) and cases ({@code /api/v1/cases}),
 * with their JSON shapes (API.md).
 */
package org.shouhu.casework.rest;
