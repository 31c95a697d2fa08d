/** REST resources of casework: cases ({@code /api/v1/cases}) and their JSON shapes (API.md). */
package org.shouhu.casework.rest;
