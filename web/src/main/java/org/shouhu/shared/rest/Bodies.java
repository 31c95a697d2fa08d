package org.shouhu.shared.rest;

import java.util.List;

/** Request bodies that a resource method needs. */
public final class Bodies {

  private Bodies() {}

  /** {@code body}, or a 400 when the request had none. */
  public static <T> T required(T body) {
    if (body == null) {
      throw new MalformedBodyException(List.of());
    }
    return body;
  }
}
