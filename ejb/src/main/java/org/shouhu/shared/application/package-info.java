/** The authenticated caller as application services see it, and system-wide status. */
package org.shouhu.shared.application;
