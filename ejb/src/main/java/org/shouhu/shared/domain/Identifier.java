package org.shouhu.shared.domain;

/** The id of a record, as the access log names it. */
public interface Identifier {

  String value();
}
