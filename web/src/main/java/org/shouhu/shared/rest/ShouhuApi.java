package org.shouhu.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, under {@code /shouhu/api}; versioned paths start with {@code /v1}. */
@ApplicationPath("/api")
public class ShouhuApi extends Application {}
