package org.shouhu.directory.rest;

/** Body of a tree reload, optional: {@code {"dryRun": true}} reports changes without applying. */
public record ReloadRequest(Boolean dryRun) {

  boolean isDryRun() {
    return Boolean.TRUE.equals(dryRun);
  }
}
