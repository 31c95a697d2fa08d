/**
 * Web plumbing shared by every page and resource: the OIDC configuration (browser login vs
 * bearer-only API) and the filter that turns the verified token into the current user.
 */
package org.shouhu.shared.web;
