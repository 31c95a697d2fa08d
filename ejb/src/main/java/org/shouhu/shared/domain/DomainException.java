package org.shouhu.shared.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A broken domain rule. It carries a message key of the {@code org.shouhu.i18n.messages} bundle and
 * its arguments, so that each user reads it in her own language; the Java message is for logs only.
 * Declared an application exception in {@code ejb-jar.xml}: it reaches callers unwrapped and rolls
 * the transaction back.
 */
public class DomainException extends RuntimeException {

  private final String messageKey;
  private final transient List<Object> arguments;

  public DomainException(String messageKey, Object... arguments) {
    super(messageKey + " " + Arrays.toString(arguments));
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.toArray();
  }
}
