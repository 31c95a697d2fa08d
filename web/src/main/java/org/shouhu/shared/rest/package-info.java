/**
 * The REST API's frame: its root path, the one exception mapper that turns every failure into
 * problem+json in the caller's language, and system status for administrators.
 */
package org.shouhu.shared.rest;
