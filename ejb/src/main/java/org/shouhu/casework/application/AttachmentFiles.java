package org.shouhu.casework.application;

/**
 * Where the bytes of case files are kept: outside the web root and the database, encrypted with the
 * data key, named by the attachment's random id.
 */
public interface AttachmentFiles {

  void write(String attachmentId, byte[] plain);

  /**
   * @throws IllegalStateException when the file is missing or does not decrypt
   */
  byte[] read(String attachmentId);
}
