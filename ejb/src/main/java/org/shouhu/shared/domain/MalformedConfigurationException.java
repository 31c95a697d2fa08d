package org.shouhu.shared.domain;

/**
 * A configuration file that breaks its rules; found at start, so that Shouhu does not start with
 * it. The message names the file, the line (from 1; 0 for the whole file) and the problem, for the
 * administrator who edited it.
 */
public class MalformedConfigurationException extends IllegalStateException {

  private final int line;

  public MalformedConfigurationException(String file, int line, String problem) {
    super(file + (line > 0 ? ", line " + line : "") + ": " + problem);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
