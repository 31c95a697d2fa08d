package org.shouhu.shared.infrastructure;

/** Files sealed with the data key, which a key rotation re-encrypts with the database's values. */
public interface EncryptedFiles {

  /** Seals again under the current key what is under a retired one; how many files. */
  int reencrypt(FieldCipher cipher);
}
