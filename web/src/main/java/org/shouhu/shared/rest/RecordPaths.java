package org.shouhu.shared.rest;

import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/**
 * What a context knows of the paths of its records, for answers the REST layer gives before any use
 * case ran: the record and action a refused role or an unreadable body concern (for the access
 * log), and that the record exists for the caller before a body is called malformed (API.md's
 * order: 404 before 400). A CDI bean of each context that has such paths.
 */
public interface RecordPaths {

  /** The record a request names and what it asks, as the access log calls it. */
  record Target(String record, String action) {}

  /** The target of a request, when its path is one of this context's. */
  Optional<Target> target(UriInfo uri, String method);

  /** 404 (logged) when the target's record is not there for the caller; nothing otherwise. */
  void requireVisible(Target target);
}
