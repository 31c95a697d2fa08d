package org.shouhu.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox: woken after each commit that queued mail, and every 15 seconds for retries.
 * Runs on timer threads only — never on a request's — and one pass at a time per server; several
 * servers share the work through {@link OutboxStore#claim}. With no mail server configured ({@code
 * SHOUHU_SMTP_HOST} unset, as in the local run) the mail is written to the log instead. The session
 * is WildFly's ({@code java:jboss/mail/Default}: host, port, STARTTLS) with time-outs, and a login
 * when {@code SHOUHU_SMTP_USER} / {@code SHOUHU_SMTP_PASSWORD} are set.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  @Resource TimerService timers;

  @Resource(lookup = "java:jboss/mail/Default")
  Session session;

  @Inject OutboxStore outbox;

  @Inject
  @ConfigProperty(name = "shouhu.smtp.host")
  Optional<String> smtpHost;

  @Inject
  @ConfigProperty(name = "shouhu.mail.from", defaultValue = "shouhu@localhost")
  String from;

  @Inject
  @ConfigProperty(name = "shouhu.smtp.user")
  Optional<String> smtpUser;

  @Inject
  @ConfigProperty(name = "shouhu.smtp.password")
  Optional<String> smtpPassword;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean wakeUpPending = new AtomicBoolean();

  /**
   * After a commit that queued mail: send soon, on a timer thread — one wake-up for however many
   * mails a transaction (an overdue scan) queued.
   */
  public void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) JpaMailQueue.Queued mail) {
    if (wakeUpPending.compareAndSet(false, true)) {
      timers.createSingleActionTimer(1, new TimerConfig(null, false));
    }
  }

  @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
  void retry() {
    sendDue();
  }

  @Timeout
  void woken() {
    wakeUpPending.set(false);
    sendDue();
  }

  /** One pass over the due mail; a pass already running on this server is not joined. */
  void sendDue() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      for (String id : outbox.due(Instant.now(), 100)) {
        outbox.claim(id, Instant.now()).ifPresent(this::send);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The mail outbox could not be read; trying again later", e);
    } finally {
      running.set(false);
    }
  }

  private void send(OutboxMail mail) {
    if (smtpHost.isEmpty() || smtpHost.get().isBlank()) {
      LOG.info(
          () ->
              "Mail (not sent: no SHOUHU_SMTP_HOST) to "
                  + mail.recipient()
                  + "\nSubject: "
                  + mail.subject()
                  + "\n"
                  + mail.body());
      outbox.delivered(mail.id(), OutboxMail.Status.LOGGED, Instant.now());
      return;
    }
    try {
      Transport.send(message(mail));
      outbox.delivered(mail.id(), OutboxMail.Status.SENT, Instant.now());
    } catch (MessagingException | RuntimeException e) {
      OutboxMail.Status now = outbox.failed(mail.id(), String.valueOf(e), Instant.now());
      Level level = now == OutboxMail.Status.FAILED ? Level.SEVERE : Level.WARNING;
      LOG.log(
          level,
          () ->
              "Mail "
                  + mail.id()
                  + " to "
                  + mail.recipient()
                  + (now == OutboxMail.Status.FAILED ? " given up: " : " failed, will retry: ")
                  + e);
    }
  }

  private MimeMessage message(OutboxMail mail) throws MessagingException {
    Properties properties = new Properties();
    properties.putAll(session.getProperties());
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "20000");
    properties.put("mail.smtp.writetimeout", "20000");
    Authenticator login = null;
    if (smtpUser.isPresent() && !smtpUser.get().isBlank()) {
      properties.put("mail.smtp.auth", "true");
      PasswordAuthentication credentials =
          new PasswordAuthentication(smtpUser.get(), smtpPassword.orElse(""));
      login =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return credentials;
            }
          };
    }
    MimeMessage message = new MimeMessage(Session.getInstance(properties, login));
    message.setFrom(new InternetAddress(from));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient()));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setText(mail.body(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    message.setHeader("X-Shouhu-Reason", mail.reason());
    return message;
  }
}
