/** Start-up plumbing shared by all contexts: schema migrations run before anything else. */
package org.shouhu.shared.infrastructure;
