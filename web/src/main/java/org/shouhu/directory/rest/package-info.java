/** REST resources of the directory: the jurisdiction tree ({@code /api/v1/jurisdictions}). */
package org.shouhu.directory.rest;
