package org.shouhu.shared.application;

/**
 * Mail leaves Shouhu through a queue: queued in the transaction of what caused it (a rolled-back
 * intake sends nothing), sent after commit, retried when the mail server fails — never by the
 * request that caused it, which neither waits for nor fails with the mail server.
 */
public interface MailQueue {

  void queue(Mail mail);
}
