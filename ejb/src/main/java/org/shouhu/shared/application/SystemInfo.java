package org.shouhu.shared.application;

/** What an administrator needs to know of the running system. */
public record SystemInfo(
    String jpaProvider, String jpaProviderVersion, String database, String schemaVersion) {}
